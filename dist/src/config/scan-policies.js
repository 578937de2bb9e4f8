// The policies of one `port-policy scan`: by default each file gets the nearest config to it
// (policy-lookup.ts), so a monorepo package's own port-policy.config.* applies when the scan starts
// at the root, as it does for ESLint in that package. `--config` and `--no-config-lookup` give
// every file one policy instead. `--preset` is applied over whichever config a file gets.
// A config that turns out broken during the scan is remembered and reported at the end (exit 2).
import { resolve } from "node:path";
import { recommended } from "../core/presets/recommended.js";
import { configProblems, loadConfigForCli } from "./cli-config.js";
import { COMMAND_LINE } from "./config-error.js";
import { findConfigFile } from "./find-config-file.js";
import { loadConfig } from "./load-config.js";
import { mergeLayers } from "./merge-layers.js";
import { createPolicyLookup } from "./policy-lookup.js";
import { PRESET_NAMES, presetLayer } from "./preset-layer.js";
import { PRESET_PREFIX } from "./user-config.js";
const NONE = () => undefined;
export async function loadScanPolicies(options) {
    const { cwd } = options;
    if (options.configPath !== undefined || options.noConfigLookup === true) {
        const single = await loadConfigForCli(options);
        return single.ok ? { ok: true, policies: { policy: single.policy, problems: NONE } } : single;
    }
    const name = options.preset === undefined ? undefined : options.preset.startsWith(PRESET_PREFIX) ? options.preset : `${PRESET_PREFIX}${options.preset}`;
    const layer = name === undefined ? undefined : presetLayer(name);
    if (options.preset !== undefined && !layer) {
        const error = { file: COMMAND_LINE, pointer: "", code: "unknownPreset", data: { name: options.preset, known: PRESET_NAMES.join(", ") } };
        return { ok: false, message: configProblems([error], cwd) };
    }
    // The working directory's config is read first and with import(), so that a JS config there
    // may use top-level await; the configs of subdirectories are read as the scan meets them.
    const found = findConfigFile(cwd);
    if (!found.ok)
        return { ok: false, message: configProblems(found.errors, cwd) };
    const own = found.file === undefined ? { ok: true, policy: recommended, files: [] } : await loadConfig({ cwd, configFile: found.file });
    if (!own.ok)
        return { ok: false, message: configProblems(own.errors, cwd) };
    const lookup = createPolicyLookup(found.file === undefined ? {} : { known: new Map([[found.file, own]]) });
    const withPreset = new Map();
    const applyPreset = (policy) => {
        if (!layer)
            return policy;
        let result = withPreset.get(policy);
        if (!result)
            withPreset.set(policy, (result = mergeLayers(policy, [layer])));
        return result;
    };
    const problems = new Map();
    return {
        ok: true,
        policies: {
            policy: applyPreset(own.policy),
            policyFor(file) {
                const result = lookup.forFile(resolve(cwd, file));
                if (result.ok)
                    return applyPreset(result.policy);
                for (const error of result.errors)
                    problems.set(`${error.file}\0${error.pointer}\0${error.code}`, error);
                return applyPreset(recommended);
            },
            problems: () => (problems.size === 0 ? undefined : configProblems([...problems.values()], cwd)),
        },
    };
}
