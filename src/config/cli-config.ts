// The scan command's view of the config: a policy, or one message for stderr (exit 2) listing
// every problem as "file:line:column: key: sentence".
import type { Policy } from "../core/policy.js";
import { loadConfig } from "./load-config.js";
import { renderConfigErrors } from "./messages.js";

export interface CliConfigOptions {
  cwd: string;
  /** `--config <path>`, relative to cwd. */
  configPath?: string;
  /** `--preset <name>`, applied after the config file. */
  preset?: string;
}

export type CliConfig = { ok: true; policy: Policy; files: string[] } | { ok: false; message: string };

export async function loadConfigForCli(options: CliConfigOptions): Promise<CliConfig> {
  const result = await loadConfig({
    cwd: options.cwd,
    ...(options.configPath !== undefined && { configFile: options.configPath }),
    ...(options.preset !== undefined && { preset: options.preset }),
  });
  if (result.ok) return result;
  const count = result.errors.length === 1 ? "1 problem" : `${result.errors.length} problems`;
  return { ok: false, message: `port-policy: the configuration has ${count}:\n${renderConfigErrors(result.errors, { cwd: options.cwd })}\n` };
}
