import { scanWorkflow } from "./actions/index.js";
import { composeScan } from "./compose-scan.js";
import { parseDirectives } from "./directives.js";
import { scanEnvFile } from "./env-file-listeners.js";
import { dockerfileScan } from "./dockerfile/index.js";
import { kubernetesScan } from "./kubernetes/index.js";
import { resolve } from "node:path";
export function frontEndRun(options) {
    const results = [];
    const kubernetes = kubernetesScan(options.policy);
    const envTexts = new Map();
    const compose = composeScan(options, envTexts);
    const dockerfiles = dockerfileScan();
    const envFiles = [];
    const run = {
        files: [],
        directives: new Map(),
        add(file) {
            run.files.push({ path: file.path, kind: file.kind });
            if (file.text.includes("port-policy-"))
                run.directives.set(file.path, parseDirectives(file.path, file.text));
            if (file.kind === "kubernetes")
                kubernetes.add(file);
            else if (file.kind === "actions")
                results.push(scanWorkflow(file));
            else if (file.kind === "compose")
                compose.add(file);
            else if (file.kind === "dockerfile")
                dockerfiles.add(file);
            else {
                envFiles.push({ file: { path: file.path, text: file.text }, absolute: file.absolute ?? resolve(options.cwd, file.path) });
                if (file.absolute)
                    envTexts.set(file.absolute, file.text);
            }
        },
        finish() {
            // Compose first: the Dockerfiles its services build are checked as those services.
            const composed = compose.finish(dockerfiles.images);
            results.push(kubernetes.finish(), composed, dockerfiles.finish(composed.linked));
            for (const { file, absolute } of envFiles)
                results.push(scanEnvFile(file, composed.envFileUses.get(absolute)));
            envFiles.length = 0;
            return { listeners: results.flatMap((r) => r.listeners), findings: results.flatMap((r) => r.findings) };
        },
    };
    return run;
}
