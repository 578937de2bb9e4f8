// The compose and env fixtures, one per rule, through the whole scanner: the front end gives the
// listeners on the exact tokens, and the recommended policy reports the fixture's own rule only, in
// fires- services (compose) or under `# fires-` comments (env), never in quiet- ones.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/finding.js";
import type { Listener } from "../../../src/core/listener.js";
import { PRESETS } from "../../../src/core/presets/index.js";
import { scanPaths } from "../../../src/scan/index.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** role port line:column-endColumn */
type Row = string;
const listenerRow = (l: Listener): Row => `${l.role} ${l.port} ${l.origin.line}:${l.origin.column}-${l.origin.endColumn}`;
const findingRow = (f: Finding): Row => `${f.ruleId} ${f.severity} ${f.port ?? "-"} ${f.origin.line}:${f.origin.column}-${f.origin.endColumn}`;

const CASES: Array<[path: string, listeners: Row[], findings: Row[]]> = [
  [
    "fixtures/compose/no-dynamic-port.yml",
    ["container 8080 7:16-20", "published 50000 7:10-15", "container 40000 11:10-15", "container 8080 15:25-29", "published 8081 15:20-24", "container 8082 19:10-14", "remote 51820 24:33-38"],
    ["no-dynamic-port error 50000 7:10-15", "no-ephemeral-port warning 40000 11:10-15"],
  ],
  [
    "fixtures/compose/no-privileged-port.yml",
    ["env 80 10:14-16", "container 443 17:10-13", "container 80 22:15-17", "published 8080 22:10-14", "container 53 28:10-12"],
    ["no-privileged-port error 80 10:14-16", "no-privileged-port error 443 17:10-13"],
  ],
  [
    "fixtures/compose/no-registered-port-misuse.yml",
    ["container 80 6:15-17", "published 5432 6:10-14", "env 3306 10:20-24", "container 5432 14:25-29", "published 5433 14:20-24", "container 80 18:15-17", "published 8080 18:10-14"],
    ["no-registered-port-misuse error 5432 6:10-14", "no-registered-port-misuse error 3306 10:20-24"],
  ],
  [
    "fixtures/compose/no-duplicate-port.yml",
    [
      "container 8080 6:15-19", "published 8080 6:10-14", "container 80 10:17-19", "published 8080 11:20-24", "container 8080 15:15-19",
      "published 8080 15:10-14", "container 9229 20:15-19", "published 9229 20:10-14", "container 9229 25:15-19", "published 9229 25:10-14",
      // A host range for one container port: the engine binds a free port of it, never a duplicate.
      "container 9000 29:20-24", "published 8079 29:10-19",
    ],
    ["no-duplicate-port error 8080 11:20-24"],
  ],
  [
    "fixtures/compose/no-browser-unsafe-port.yml",
    ["container 80 6:16-18", "published 10080 6:10-15", "container 80 10:15-17", "published 6566 10:10-14", "container 80 14:15-17", "published 8080 14:10-14"],
    ["no-browser-unsafe-port error 10080 6:10-15", "no-browser-unsafe-port error 6566 10:10-14"],
  ],
  [
    "fixtures/compose/valid-port.yml",
    ["container 8080 11:27-31", "container 22 19:14-16", "published 2222 19:9-13", "container 8080 23:28-32", "published 8082 23:22-26"],
    ["valid-port error 70000 7:10-15", "valid-port warning - 11:10-26", "valid-port error - 15:20-24", "valid-port warning - 19:9-16"],
  ],
  ["fixtures/env/no-dynamic-port.env", ["env 50000 4:13-18", "env 40000 6:14-19", "env 8080 8:6-10", "remote 51820 10:25-30"], ["no-dynamic-port error 50000 4:13-18", "no-ephemeral-port warning 40000 6:14-19"]],
  ["fixtures/env/no-privileged-port.env", ["env 80 4:6-8", "env 8443 6:12-16", "remote 587 9:11-14"], ["no-privileged-port error 80 4:6-8"]],
  ["fixtures/env/no-registered-port-misuse.env", ["remote 5432 3:12-16", "remote 3306 5:12-16"], ["no-registered-port-misuse error 5432 3:12-16"]],
  ["fixtures/env/no-duplicate-port.env", ["env 8080 3:10-14", "env 8080 5:13-17", "env 8081 7:11-15"], ["no-duplicate-port error 8080 5:13-17"]],
  ["fixtures/env/no-browser-unsafe-port.env", ["env 10080 3:11-16", "env 8443 5:12-16"], ["no-browser-unsafe-port error 10080 3:11-16"]],
  ["fixtures/env/valid-port.env", ["env 8080 7:7-11"], ["valid-port error 70000 3:19-24"]],
];

/** The fires- or quiet- name a line belongs to: the nearest compose service key or `# name` comment above. */
function ownerAt(lines: readonly string[], line: number): string | undefined {
  for (let i = line - 1; i >= 0; i--) {
    const match = /^(?: {2}|# )((?:fires|quiet)-[\w-]+)/.exec(lines[i] ?? "");
    if (match) return match[1];
  }
  return undefined;
}

describe.each(CASES)("%s", (path, listeners, findings) => {
  const text = readFileSync(`${ROOT}${path}`, "utf8");
  const lines = text.split("\n");
  const result = scanPaths([path], { cwd: ROOT, env: {}, policy: PRESETS.recommended! });

  it("gives the listeners on the exact port tokens", () => {
    expect(result.files).toEqual([{ path, kind: path.includes("/env/") ? "env" : "compose", listeners: listeners.length }]);
    expect(result.listeners.map(listenerRow)).toEqual(listeners);
  });

  it("reports the fixture's rule, and only it, at those tokens", () => {
    expect(result.findings.map(findingRow)).toEqual(findings);
  });

  it("fires in every fires-* item and in no quiet-* one", () => {
    const owners = new Set(result.findings.map((finding) => ownerAt(lines, finding.origin.line)));
    const declared = new Set(lines.flatMap((line) => /^(?: {2}|# )(fires-[\w-]+)/.exec(line)?.[1] ?? []));
    expect(owners).toEqual(declared);
  });
});
