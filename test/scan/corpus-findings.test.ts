// Reviewed findings on the shared corpus's Kubernetes manifests and GitHub Actions workflows
// (third-party files, ../shared/corpus), under the recommended preset. Each entry was checked by
// reading the file; the judgment behind each is written beside it. The compose and env parts
// are reviewed in test/scan/compose/corpus.test.ts and test/scan/dotenv.test.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/core/presets/index.js";
import { scanPaths } from "../../src/scan/index.js";
import { carets } from "./scan-fixture.js";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

const REVIEWED: Array<[path: string, line: number, column: number, ruleId: string, port: number]> = [
  // Host ports published on the GitHub runner in the dynamic range: the runner's kernel hands
  // these out as source ports of outgoing connections (the job downloads a lot), so the publish
  // can fail with "address already in use". True by the rule's definition (RFC 6335 §6).
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 63, 13, "no-dynamic-port", 54322],
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 76, 13, "no-dynamic-port", 54321],
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 89, 13, "no-dynamic-port", 55433],
  // 33306/33307 are user ports but inside Linux's ephemeral range (32768–60999), and GitHub's
  // runners are Linux: a warning, as the preset says.
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 101, 13, "no-dynamic-port", 33306],
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 107, 13, "no-dynamic-port", 33307],
  // datree's "pass" example runs nginx:1.14.2 as UID 1000 (runAsUser: 1000, runAsNonRoot) on port 80.
  // Under the recommended preset's portable assumption (CRI-O, containerd 1.x keep the limit at
  // 1024) the bind fails; on containerd 2.0+ it would work (the `docker` preset stays quiet).
  // True under the stated assumption; datree's own policy does not check ports.
  ["kubernetes/datree__examples__security-best-practices__pass.yaml", 15, 26, "no-privileged-port", 80],
  ["kubernetes/datree__examples__security-best-practices__pass.yaml", 50, 30, "no-privileged-port", 80],
  // 50051 is gRPC's example default, widely copied, and inside the dynamic range: true by the
  // rule's definition, the most debatable entry here (an allowlist entry is the intended answer).
  ["kubernetes/microservices-demo__kubernetes-manifests__paymentservice.yaml", 48, 26, "no-dynamic-port", 50051],
];

// Not reported, on purpose: typeorm's `ghcr.io/typeorm/docker:postgres-${{ … }}` service on 5432
// (the image is built from an expression, so its identity is unknown rather than "docker");
// ingress-nginx's hostPort 80/443 (no user is set, the image's user decides); Service ports
// (virtual, nothing binds them on a host).

describe.skipIf(!existsSync(CORPUS))("reviewed corpus findings (skipped: ../shared/corpus is absent)", () => {
  const files = ["kubernetes", "actions"].flatMap((kind) => readdirSync(`${CORPUS}${kind}`).map((name) => `${kind}/${name}`));
  const result = scanPaths(files, { cwd: CORPUS, env: {}, policy: PRESETS.recommended! });

  it("reports exactly the reviewed findings", () => {
    expect(result.findings.map((f) => [f.origin.file, f.origin.line, f.origin.column, f.ruleId, f.port])).toEqual(REVIEWED);
  });

  it("places each on the port token", () => {
    for (const finding of result.findings) {
      const text = readFileSync(`${CORPUS}${finding.origin.file}`, "utf8");
      const [line = "", marks = ""] = carets(text, finding.origin).split("\n");
      expect(line.slice(marks.indexOf("^"), marks.length)).toBe(String(finding.port));
    }
  });
});
