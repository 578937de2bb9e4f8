// Hostile and unlucky input (issue 11): each class of the issue, as a generated input of its shape.
// Nothing is silent (every file is listed as checked or reported as not checked), nothing crashes,
// positions are where a reader fixes the file, and time grows linearly with the input.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { interpolate } from "../../src/scan/compose/interpolate.js";
import { scanComposeProject } from "../../src/scan/compose/index.js";
import { parseDotenv } from "../../src/scan/dotenv.js";
import { readYaml } from "../../src/scan/read-yaml.js";
import { MAX_DEPTH } from "../../src/scan/yaml.js";
import { scanFiles } from "./scan-fixture.js";

const POD = (port: number | string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: web\n      ports: [{containerPort: ${port}}]\n`;

const row = (f: Finding) => [f.ruleId, f.messageId, f.origin.file, f.origin.line, f.origin.column];

describe("nesting deeper than any configuration", () => {
  const deepFlow = (n: number) => `{"apiVersion": "v1", "kind": "Pod", "x": ${"[".repeat(n)}${"]".repeat(n)}}`;
  const deepBlock = (n: number) => `apiVersion: v1\nkind: Pod\nx:\n${"- ".repeat(n)}x\n`;

  it("100,000-deep JSON and YAML files are listed and reported, two in one run, and the rest is checked", () => {
    // A second stack overflow inside yaml's composer aborted the process in V8; none may happen.
    const { findings, files } = scanFiles({ "deep.json": deepFlow(100_000), "deep.yaml": deepBlock(100_000), "deep2.yaml": deepBlock(50_000), "good.yaml": POD(50000) });
    expect(findings.map(row)).toEqual([
      ["parse-error", "parseError", "deep.json", 1, 297],
      ["parse-error", "parseError", "deep.yaml", 4, 510],
      ["parse-error", "parseError", "deep2.yaml", 4, 510],
      ["no-dynamic-port", "dynamic", "good.yaml", 7, 31],
    ]);
    expect(findings[0]!.data.reason).toBe(`it nests collections (mappings, lists) more than ${MAX_DEPTH} levels deep, deeper than any configuration file port-policy reads`);
    expect(files.map((f) => f.path)).toEqual(["good.yaml"]);
  });

  it("a file just under the limit is read", () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: ${"[".repeat(MAX_DEPTH - 3)}${"]".repeat(MAX_DEPTH - 3)}\n`;
    expect(readYaml(text)).toMatchObject({ ok: true });
  });
});

describe("aliases Compose and kubectl refuse", () => {
  it.each([
    ["undefined", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: *nowhere}\n", 4, 11, "the alias *nowhere names no anchor &nowhere before it, so Compose and kubectl refuse it"],
    ["used before its anchor", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: *x, b: &x 1}\n", 4, 11, "the alias *x names no anchor &x before it, so Compose and kubectl refuse it"],
    [
      "to another document's anchor",
      `port: &p 50000\n---\n${POD("*p")}`,
      9,
      31,
      'the alias *p names an anchor of an earlier YAML document, and anchors do not reach past "---", so Compose and kubectl refuse it',
    ],
  ])("an alias %s is a parse-error at the alias", (_name, text, line, column, reason) => {
    const { findings } = scanFiles({ "pod.yaml": text });
    expect(findings.map(row)).toEqual([["parse-error", "parseError", "pod.yaml", line, column]]);
    expect(findings[0]!.data.reason).toBe(reason);
  });

  it("a real alias bomb is still refused", () => {
    let bomb = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let i = 1; i < 10; i++) bomb += `  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const { findings } = scanFiles({ "bomb.yaml": bomb });
    expect(findings.map(row)).toEqual([["parse-error", "parseError", "bomb.yaml", 6, 12]]);
  });
});

describe("Kubernetes manifests written as JSON or in flow style", () => {
  it.each([
    ["pod.json", `${JSON.stringify(JSON.parse(JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "j" }, spec: { containers: [{ name: "c", ports: [{ containerPort: 50000 }] }] } })), null, 2)}\n`, 13, 30],
    ["flow.yaml", "{apiVersion: v1, kind: Pod, metadata: {name: f}, spec: {containers: [{name: c, ports: [{containerPort: 50000}]}]}}\n", 1, 104],
    ["after-marker.yaml", "# rendered\n--- {apiVersion: v1, kind: Pod, metadata: {name: f}, spec: {containers: [{name: c, ports: [{containerPort: 50000}]}]}}\n", 2, 108],
  ])("%s: the 50000 inside is found", (path, text, line, column) => {
    const { findings, files } = scanFiles({ [path]: text });
    expect(files).toEqual([{ path, kind: "kubernetes", listeners: 1 }]);
    expect(findings.map(row)).toEqual([["no-dynamic-port", "dynamic", path, line, column]]);
  });

  it("other tools' JSON is not read as a manifest, and a broken manifest in JSON is reported", () => {
    const { findings, files, diagnostics } = scanFiles({
      "package.json": '{"name": "x", "apiVersion": "v1", "kind": "Pod"}',
      "schema.json": '{"title": "x", "properties": {"apiVersion": {}, "kind": {}},}',
      "broken.json": '{"apiVersion": "v1", "kind": "Pod",, "spec": {}}\n',
    });
    expect(files).toEqual([]);
    expect(findings.map(row)).toEqual([["parse-error", "parseError", "broken.json", 1, 36]]);
    expect(String(findings[0]!.data.reason)).toMatch(/^invalid JSON: /);
    expect(diagnostics.map((d) => d.path)).toEqual(["schema.json"]);
  });
});

describe("templates", () => {
  it("a Go template outside templates/ that does not parse is skipped with the reason; a named compose file is not", () => {
    const template = '{{- if .Values.enabled }}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ template "name" . }}\n{{- end }}\n';
    const { findings, diagnostics } = scanFiles({ "chart/secret.yaml": template, "compose.yaml": "services:\n  web: {{ .web }}\n  x: [\n" });
    // The unclosed flow sequence is noticed at the end of the text.
    expect(findings.map(row)).toEqual([["parse-error", "parseError", "compose.yaml", 4, 1]]);
    expect(diagnostics.map((d) => d.path)).toEqual(["chart/secret.yaml"]);
    expect(diagnostics[0]!.message).toMatch(/^skipped: a template \(\{\{ … \}\}\), not YAML until rendered \(invalid YAML: .+\); scan the rendered output instead$/);
  });
});

describe("line and column truth", () => {
  it("an unclosed quote is reported where it opens, not after the last line", () => {
    const { findings } = scanFiles({ "pod.yaml": 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "web\nspec:\n  containers: []\n' });
    expect(findings.map((f) => [...row(f), f.origin.endColumn])).toEqual([["parse-error", "parseError", "pod.yaml", 4, 9, 10]]);
  });

  it("an unclosed single quote too, with escaped quotes before it", () => {
    const { findings } = scanFiles({ "compose.yaml": "services:\n  web:\n    image: 'it''s\n    ports: ['8080:80']\n" });
    expect(findings.map(row)).toEqual([["parse-error", "parseError", "compose.yaml", 3, 12]]);
  });

  it("a quoted scalar continued on lines indented less than its block is read, as yaml.v3 reads it", () => {
    const text = [
      "apiVersion: v1", "kind: Pod", "metadata: {name: kafka}", "spec:", "  containers:", "    - name: kafka", "      command:",
      '        - "exec kafka-server-start.sh --override broker.id=1 \\', "      --override listeners=PLAINTEXT://:9093 \\", '    --override x=y"',
      "      ports:", "        - containerPort: 50000", "",
    ].join("\n");
    const { findings } = scanFiles({ "kafka.yaml": text });
    expect(findings.map((f) => [...row(f), f.origin.endColumn])).toEqual([["no-dynamic-port", "dynamic", "kafka.yaml", 12, 26, 31]]);
    const read = readYaml(text);
    const command = read.ok ? (read.ydocs[0]!.doc.toJS() as { spec: { containers: Array<{ command: string[] }> } }).spec.containers[0]!.command : [];
    expect(command).toEqual(["exec kafka-server-start.sh --override broker.id=1 --override listeners=PLAINTEXT://:9093 --override x=y"]);
  });

  it("every such scalar of a file is read, one after the other", () => {
    const container = (i: number) => [`    - name: c${i}`, "      args:", `        - "run --id=${i} \\`, "      --verbose\""].join("\n");
    const text = ["apiVersion: v1", "kind: Pod", "metadata: {name: p}", "spec:", "  containers:", ...Array.from({ length: 12 }, (_, i) => container(i)), "  hostNetwork: false", ""].join("\n");
    const broken = text.replace('"run --id=11 \\', '"run --id=11 \\\n---');
    expect(readYaml(text)).toMatchObject({ ok: true });
    // With a document marker in the last scalar, the file is refused where the first cut scalar opens.
    expect(readYaml(broken)).toMatchObject({ ok: false, problem: { start: text.indexOf('"run --id=0') } });
  });

  it("a document marker inside such a scalar is still an error, as in yaml.v3", () => {
    const { findings } = scanFiles({ "compose.yaml": 'services:\n  web:\n    command: "a\n---\n  b"\n    ports: ["8080:80"]\n' });
    expect(findings.map(row)).toEqual([["parse-error", "parseError", "compose.yaml", 3, 14]]);
  });

  const compose = ["services:", "  web:", "    image: nginx", "    ports:", '      - "50000:80"', ""];
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["lone CR", "\r"],
  ])("YAML with %s line ends: the finding where an editor shows it", (_name, eol) => {
    const { findings } = scanFiles({ "compose.yaml": compose.join(eol) });
    expect(findings.map((f) => [...row(f), f.origin.endColumn])).toEqual([["no-dynamic-port", "dynamic", "compose.yaml", 5, 10, 15]]);
  });

  it("YAML with mixed CRLF, LF and CR line ends", () => {
    const text = "services:\r\n  web:\n    image: nginx\r    ports:\r\n      - \"50000:80\"\n";
    const { findings } = scanFiles({ "compose.yaml": text });
    expect(findings.map((f) => [...row(f), f.origin.endColumn])).toEqual([["no-dynamic-port", "dynamic", "compose.yaml", 5, 10, 15]]);
  });

  it.each([
    ["lone CR", "A=1\rB=2\rPORT=50000\r"],
    ["mixed", "A=1\r\nB=2\nC=3\r\rPORT=50000\n".replace("\r\rPORT", "\rPORT")],
  ])(".env with %s line ends: line 3 or 4, column 6", (_name, text) => {
    const { findings } = scanFiles({ "app.env": text });
    const line = text.split(/\r\n?|\n/).findIndex((l) => l.startsWith("PORT")) + 1;
    expect(findings.map((f) => [...row(f), f.origin.endColumn])).toEqual([["no-dynamic-port", "dynamic", "app.env", line, 6, 11]]);
  });

  it("a suppression comment in a CR-only file applies to the next line", () => {
    const { findings } = scanFiles({ "app.env": "A=1\r# port-policy-disable-next-line no-dynamic-port -- legacy agents\rPORT=50000\r" });
    expect(findings).toEqual([]);
  });
});

describe("duplicate keys", () => {
  it("reported on the second key with the first one's line; the rest of the file checked with the later value", () => {
    const text = `${POD(8080).replace("ports: [{containerPort: 8080}]", "ports: [{containerPort: 8080, containerPort: 50000}]")}  hostNetwork: false\n  hostNetwork: false\n`;
    const { findings, files } = scanFiles({ "pod.yaml": text });
    expect(findings.map((f) => [...row(f), f.origin.endColumn, f.data.key ?? null, f.data.firstLine ?? null])).toEqual([
      ["parse-error", "duplicateKey", "pod.yaml", 7, 37, 50, "containerPort", 7],
      ["no-dynamic-port", "dynamic", "pod.yaml", 7, 52, 57, null, null],
      ["parse-error", "duplicateKey", "pod.yaml", 9, 3, 14, "hostNetwork", 8],
    ]);
    expect(files).toEqual([{ path: "pod.yaml", kind: "kubernetes", listeners: 1 }]);
  });

  it("a --- left out between two manifests: one finding for the mapping, naming every repeated key", () => {
    const text = `${POD(8080)}${POD(50000).replace("name: p", "name: q")}`;
    const { findings, files } = scanFiles({ "pods.yaml": text });
    expect(findings.map((f) => [...row(f), f.data.key ?? null, f.data.firstLine ?? null])).toEqual([
      ["parse-error", "duplicateKey", "pods.yaml", 8, 1, "apiVersion, kind, metadata, spec", 1],
      ["no-dynamic-port", "dynamic", "pods.yaml", 14, 31, null, null],
    ]);
    expect(files).toEqual([{ path: "pods.yaml", kind: "kubernetes", listeners: 1 }]);
  });

  it("keys compare as YAML values: 80 and 080 collide, 80 and \"80\" do not; merge keys may repeat", () => {
    const read = readYaml('a: {80: x, "80": y}\nb: {80: x, 080: y}\nc: {<<: {p: 1}, <<: {q: 2}}\n');
    expect(read.ok && read.duplicates.map((d) => d.keys)).toEqual([["080"]]);
  });
});

describe("deeply nested interpolation defaults", () => {
  it("2,000 nested ${A:-${B:-…}} defaults expand to the innermost literal, no stack overflow", () => {
    const depth = 2_000;
    const template = `${Array.from({ length: depth }, (_, i) => `\${V${i}:-`).join("")}8080${"}".repeat(depth)}:80`;
    const result = interpolate(template, () => undefined);
    expect(result).toMatchObject({ ok: true, value: "8080:80", fallback: true });
  });

  it("in a compose file, the default port is found at its literal", () => {
    const depth = 2_000;
    const value = `${Array.from({ length: depth }, (_, i) => `\${V${i}:-`).join("")}50000${"}".repeat(depth)}:80`;
    const { findings } = scanFiles({ "compose.yaml": `services:\n  web:\n    image: nginx\n    ports: ["${value}"]\n` });
    const column = 14 + value.indexOf("50000");
    expect(findings.map((f) => [...row(f), f.origin.fallback ?? false])).toEqual([["no-dynamic-port", "dynamic", "compose.yaml", 4, column, true]]);
  });
});

/**
 * Linear time, told apart from quadratic without trusting a wall clock: the input grows 8×, and
 * the best of three runs' CPU time (not wall time: other processes on a shared machine do not
 * count) may grow at most 24× (linear is 8×, GC of a larger heap adds some; quadratic is 64×).
 */
function growth(make: (n: number) => string, run: (text: string) => unknown, n: number): number {
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const best = (text: string) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = cpu();
      run(text);
      min = Math.min(min, cpu() - started);
    }
    return min;
  };
  const small = make(n);
  const large = make(8 * n);
  best(small);
  return best(large) / Math.max(best(small), 1);
}

describe("linear time within the size limits", () => {
  it("a ConfigMap with many keys (yaml's own duplicate check was quadratic)", () => {
    const make = (n: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n${Array.from({ length: n }, (_, i) => `  key${i}: v${i}\n`).join("")}`;
    expect(growth(make, readYaml, 1_000)).toBeLessThan(24);
  });

  it("a compose file with many services", () => {
    const make = (n: number) => `services:\n${Array.from({ length: n }, (_, i) => `  s${i}:\n    image: app\n    ports: ["${10_000 + (i % 20_000)}:80"]\n`).join("")}`;
    const run = (text: string) => scanComposeProject({ files: [{ path: "compose.yaml", text }], env: {}, projectName: "p" });
    expect(growth(make, run, 300)).toBeLessThan(24);
  });

  it("a .env of whitespace-only lines (dotenv's \\s* crossed line ends)", () => {
    // No key after the run: every line start then matched the rest of the run, and failed.
    const make = (n: number) => `PORT=8080\n# blank lines follow\n${"\t\n".repeat(n)}`;
    expect(growth(make, parseDotenv, 10_000)).toBeLessThan(24);
  });

  it("a .env with many keys", () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => `KEY_${i}=value ${i} # note\n`).join("");
    expect(growth(make, parseDotenv, 4_000)).toBeLessThan(24);
  });

  it("nested interpolation defaults", () => {
    const make = (n: number) => `${"${V:-".repeat(n)}8080${"}".repeat(n)}`;
    expect(growth(make, (text) => interpolate(text, () => undefined), 20_000)).toBeLessThan(24);
  });
});
