// The scan command's view of the config: a policy, or one message for stderr (exit 2) listing
// every problem as "file:line:column: key: sentence".
import type { Policy } from "../core/policy.js";
import type { ConfigError } from "./config-error.js";
import { loadConfig } from "./load-config.js";
import { renderConfigErrors } from "./messages.js";

export interface CliConfigOptions {
  cwd: string;
  /** `--config <path>`, relative to cwd. */
  configPath?: string;
  /** `--preset <name>`, applied after the config file. */
  preset?: string;
  /** `--no-config-lookup`: no config file is searched for (only `configPath`, when given, is read). */
  noConfigLookup?: boolean;
}

export type CliConfig = { ok: true; policy: Policy; files: string[] } | { ok: false; message: string };

export async function loadConfigForCli(options: CliConfigOptions): Promise<CliConfig> {
  const result = await loadConfig({
    cwd: options.cwd,
    ...(options.configPath !== undefined && { configFile: options.configPath }),
    ...(options.preset !== undefined && { preset: options.preset }),
    ...(options.noConfigLookup === true && { noConfigLookup: true }),
  });
  if (result.ok) return result;
  return { ok: false, message: configProblems(result.errors, options.cwd) };
}

/** "port-policy: the configuration has 2 problems:" and one line per problem, for stderr. */
export function configProblems(errors: readonly ConfigError[], cwd: string): string {
  const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return `port-policy: the configuration has ${count}:\n${renderConfigErrors(errors, { cwd })}\n`;
}
