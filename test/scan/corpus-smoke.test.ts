// Every real-world file of the shared corpus (../shared/corpus, third-party files copied verbatim)
// must scan as its folder's kind, with no parse-error and no crash. The corpus file names are
// slugs (`fastify__.github__workflows__integration.yml`), so each file is named on the command
// line, which is also how pre-commit hands files over.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/core/presets/index.js";
import { scanPaths } from "../../src/scan/index.js";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const KINDS = ["kubernetes", "actions", "compose", "env"] as const;

describe.skipIf(!existsSync(CORPUS))("shared corpus smoke test (skipped: ../shared/corpus is absent)", () => {
  it.each(KINDS)("every %s file scans as that kind without a parse-error", (kind) => {
    const files = readdirSync(`${CORPUS}${kind}`).map((name) => `${kind}/${name}`);
    expect(files.length).toBeGreaterThan(0);
    const result = scanPaths(files, { cwd: CORPUS, env: {}, policy: PRESETS.recommended! });
    expect(result.findings.filter((finding) => finding.ruleId === "parse-error")).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((file) => [file.path, file.kind])).toEqual(files.sort().map((path) => [path, kind]));
  });

  it("finds the listeners a reader sees in the Kubernetes and Actions files", () => {
    const files = ["kubernetes", "actions"].flatMap((kind) => readdirSync(`${CORPUS}${kind}`).map((name) => `${kind}/${name}`));
    const result = scanPaths(files, { cwd: CORPUS, env: {}, policy: PRESETS.recommended! });
    const count = (path: string) => result.files.find((file) => file.path === path)?.listeners;
    // ingress-nginx static-ip example: containerPort 80 and 443, each with a hostPort.
    expect(count("kubernetes/ingress-nginx__docs__examples__static-ip__nginx-ingress-controller.yaml")).toBe(4);
    // voting-app vote Service: port 8080 (targetPort 80 is the vote container's declared port) and nodePort 31000.
    expect(count("kubernetes/voting-app__k8s-specifications__vote-service.yaml")).toBe(2);
    expect(result.listeners.filter((l) => l.source === "actions").length).toBeGreaterThan(10);
  });
});
