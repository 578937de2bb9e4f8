// The policy that applies to one file: the nearest port-policy.config.* (or package.json with a
// "portPolicy" key) at or above the file's directory, as ESLint 10 finds eslint.config.* for each
// linted file. The plugin's rules and `port-policy scan` both ask here, so a monorepo package's
// own config applies to its files whichever directory the run starts in, and the editor, the
// pre-commit hook and CI agree.
//
// Answers are cached per directory and per config file. The rules share one lookup for the whole
// process, so an editor's long-lived ESLint would never see an edited config: that cache forgets
// after `ttlMs` (as eslint-plugin-n's package.json cache does). A scan makes its own lookup without
// expiry, so that every file under one config gets the same Policy object.
import { dirname, resolve } from "node:path";
import { recommended } from "../core/presets/recommended.js";
import { configFileIn } from "./find-config-file.js";
import { loadConfigSync } from "./load-config.js";
const NO_CONFIG = { ok: true, policy: recommended, files: [] };
export function createPolicyLookup(options = {}) {
    const { ttlMs } = options;
    let bornAt = Date.now();
    const directories = new Map();
    const results = new Map(options.known);
    function expire() {
        if (ttlMs === undefined || Date.now() - bornAt < ttlMs)
            return;
        directories.clear();
        results.clear();
        bornAt = Date.now();
    }
    /** Walks up once per directory: a directory without a config answers what its parent does. */
    function configFileFor(directory) {
        const cached = directories.get(directory);
        if (cached)
            return cached;
        let found = configFileIn(directory);
        const parent = dirname(directory);
        if (found.ok && found.file === undefined && parent !== directory)
            found = configFileFor(parent);
        directories.set(directory, found);
        return found;
    }
    function resultFor(configFile) {
        let result = results.get(configFile);
        if (!result) {
            result = loadConfigSync({ cwd: dirname(configFile), configFile });
            results.set(configFile, result);
        }
        return result;
    }
    return {
        forFile(file) {
            expire();
            const found = configFileFor(dirname(resolve(file)));
            if (!found.ok)
                return found;
            return found.file === undefined ? NO_CONFIG : resultFor(found.file);
        },
        configFileFor(directory) {
            expire();
            return configFileFor(resolve(directory));
        },
    };
}
