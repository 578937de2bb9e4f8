// Front-end dispatch for one scan. Files go to their front end as they are loaded, so that parsed
// documents can be dropped early; only compose service layers (merged per project), Kubernetes
// Services (resolved against every pod), Dockerfile images (taken by the compose services that
// build them, checked on their own otherwise) and env files (judged by the compose projects that
// read them) wait for the end of the scan.
import type { Directive } from "../core/suppress.js";
import { scanWorkflow } from "./actions/index.js";
import { composeScan, type ComposeScanOptions } from "./compose-scan.js";
import { parseDirectives } from "./directives.js";
import { scanEnvFile } from "./env-file-listeners.js";
import { dockerfileScan } from "./dockerfile/index.js";
import { kubernetesScan } from "./kubernetes/index.js";
import type { LoadedFile } from "./load-file.js";
import { resolve } from "node:path";
import type { FileKind, FrontEndResult, SourceFile } from "./types.js";

export interface FrontEndRun {
  /** Every file handed over, in order. */
  files: Array<{ path: string; kind: FileKind }>;
  /** Inline `# port-policy-…` directives by file path. */
  directives: Map<string, Directive[]>;
  add(file: LoadedFile): void;
  finish(): FrontEndResult;
}

export function frontEndRun(options: ComposeScanOptions): FrontEndRun {
  const results: FrontEndResult[] = [];
  const kubernetes = kubernetesScan(options.policy);
  const envTexts = new Map<string, string>();
  const compose = composeScan(options, envTexts);
  const dockerfiles = dockerfileScan();
  const envFiles: Array<{ file: SourceFile; absolute: string }> = [];
  const run: FrontEndRun = {
    files: [],
    directives: new Map(),
    add(file) {
      run.files.push({ path: file.path, kind: file.kind });
      if (file.text.includes("port-policy-")) run.directives.set(file.path, parseDirectives(file.path, file.text));
      if (file.kind === "kubernetes") kubernetes.add(file);
      else if (file.kind === "actions") results.push(scanWorkflow(file));
      else if (file.kind === "compose") compose.add(file);
      else if (file.kind === "dockerfile") dockerfiles.add(file);
      else {
        envFiles.push({ file: { path: file.path, text: file.text }, absolute: file.absolute ?? resolve(options.cwd, file.path) });
        if (file.absolute) envTexts.set(file.absolute, file.text);
      }
    },
    finish() {
      // Compose first: the Dockerfiles its services build are checked as those services.
      const composed = compose.finish(dockerfiles.images);
      results.push(kubernetes.finish(), composed, dockerfiles.finish(composed.linked));
      for (const { file, absolute } of envFiles) results.push(scanEnvFile(file, composed.envFileUses.get(absolute)));
      envFiles.length = 0;
      return { listeners: results.flatMap((r) => r.listeners), findings: results.flatMap((r) => r.findings) };
    },
  };
  return run;
}
