import { makeFinding } from "../../core/make-finding.js";
import { lineCounterFor, originAt } from "../positions.js";
import { parseComposeEnvFile } from "./parse-env-file.js";
export function composeEnvironment(dotenv, processEnv, envFiles, example) {
    if (example && !dotenv && !(envFiles && envFiles.length > 0))
        return exampleEnvironment(example, processEnv);
    const files = envFiles && envFiles.length > 0 ? envFiles : dotenv ? [dotenv] : [];
    const fromFiles = {};
    const findings = [];
    for (const file of files) {
        const parsed = parseComposeEnvFile(file.text, (name) => processEnv[name] ?? fromFiles[name]);
        Object.assign(fromFiles, parsed.values);
        if (!parsed.ok) {
            const origin = originAt(file.path, lineCounterFor(file.text), parsed.offset, parsed.offset);
            findings.push(makeFinding("parse-error", "parseError", { path: file.path, reason: `Compose cannot read it as an env file (${parsed.error})` }, origin, { source: "compose" }));
        }
    }
    const env = { ...fromFiles };
    for (const [name, value] of Object.entries(processEnv))
        if (value !== undefined)
            env[name] = value;
    return { env, findings };
}
/** The example's values under the process environment; an example Compose could not read gives nothing. */
function exampleEnvironment(example, processEnv) {
    const parsed = parseComposeEnvFile(example.text, (name) => processEnv[name]);
    const env = {};
    const names = new Set();
    if (parsed.ok) {
        for (const [name, value] of Object.entries(parsed.values)) {
            if (value === "" || processEnv[name] !== undefined)
                continue;
            env[name] = value;
            names.add(name);
        }
    }
    for (const [name, value] of Object.entries(processEnv))
        if (value !== undefined)
            env[name] = value;
    return names.size > 0 ? { env, findings: [], example: { path: example.path, names } } : { env, findings: [] };
}
