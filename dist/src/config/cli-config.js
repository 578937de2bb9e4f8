import { loadConfig } from "./load-config.js";
import { renderConfigErrors } from "./messages.js";
export async function loadConfigForCli(options) {
    const result = await loadConfig({
        cwd: options.cwd,
        ...(options.configPath !== undefined && { configFile: options.configPath }),
        ...(options.preset !== undefined && { preset: options.preset }),
        ...(options.noConfigLookup === true && { noConfigLookup: true }),
    });
    if (result.ok)
        return result;
    return { ok: false, message: configProblems(result.errors, options.cwd) };
}
/** "port-policy: the configuration has 2 problems:" and one line per problem, for stderr. */
export function configProblems(errors, cwd) {
    const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
    return `port-policy: the configuration has ${count}:\n${renderConfigErrors(errors, { cwd })}\n`;
}
