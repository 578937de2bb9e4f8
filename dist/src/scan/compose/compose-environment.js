import { makeFinding } from "../../core/make-finding.js";
import { lineCounterFor, originAt } from "../positions.js";
import { parseComposeEnvFile } from "./parse-env-file.js";
export function composeEnvironment(dotenv, processEnv, envFiles) {
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
