import { describe, expect, it } from "vitest";
import { isCandidateName, kindFromPath } from "../../src/scan/detect-kind.js";
import { scanFiles } from "./scan-fixture.js";

describe("kind by path", () => {
  it.each([
    ["compose.yaml", "compose"],
    ["compose.yml", "compose"],
    ["docker-compose.yml", "compose"],
    ["docker-compose.override.yaml", "compose"],
    ["deploy/docker-compose.prod.yml", "compose"],
    ["compose.dev.yaml", "compose"],
    [".github/workflows/ci.yml", "actions"],
    ["sub/.github/workflows/ci.yaml", "actions"],
    [".github/ci.yml", undefined],
    [".env", "env"],
    ["app/.env.production", "env"],
    ["config/prod.env", "env"],
    [".envrc", undefined],
    ["deployment.yaml", undefined],
    ["my-compose.yaml", undefined],
    ["Dockerfile", "dockerfile"],
    ["api/Dockerfile.prod", "dockerfile"],
    ["api/web.Dockerfile", "dockerfile"],
    ["dockerfile", "dockerfile"],
    ["Containerfile", "dockerfile"],
    ["Containerfile.arm64", "dockerfile"],
    ["Dockerfile.dockerignore", undefined],
    ["Dockerfile.j2", undefined],
    ["Dockerfile.tmpl", undefined],
    ["Dockerfiles", undefined],
    ["docker-compose.Dockerfile.yml", "compose"],
  ])("%s → %s", (path, kind) => {
    expect(kindFromPath(path)).toBe(kind);
  });

  it("walks only names a front end could want", () => {
    expect(["a.yaml", "b.YML", ".env", "x.env", ".env.local", "Dockerfile", "Containerfile", "pod.json"].every(isCandidateName)).toBe(true);
    expect(["package.json", "package-lock.json", "tsconfig.build.json", "Dockerfile.in", ".envrc", "env", "yaml"].some(isCandidateName)).toBe(false);
  });
});

describe("kind by content", () => {
  const files = {
    "k8s.yaml": "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 8080}]}\n",
    "multi.yaml": "# comment\n---\nfoo: bar\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n",
    "stack.yml": "services:\n  web:\n    image: nginx\n    ports: ['8080:80']\n",
    "openapi.yaml": "openapi: 3.0.0\ninfo: {title: x}\n",
    "services-list.yaml": "services:\n  - api\n  - web\n",
    "i18n.yml": "en:\n  services: Services\n",
  };
  const result = scanFiles(files);

  it("recognises Kubernetes documents anywhere in a multi-document file, and compose-shaped services", () => {
    expect(result.files.map((file) => [file.path, file.kind])).toEqual([
      ["k8s.yaml", "kubernetes"],
      ["multi.yaml", "kubernetes"],
      ["stack.yml", "compose"],
    ]);
  });

  it("skips other YAML quietly, saying why for --verbose", () => {
    expect(result.findings.filter((finding) => finding.ruleId === "parse-error")).toEqual([]);
    expect(result.diagnostics.map((note) => note.path).sort()).toEqual(["i18n.yml", "openapi.yaml", "services-list.yaml"]);
    expect(result.diagnostics.find((note) => note.path === "openapi.yaml")!.message).toBe(
      "skipped: no top-level apiVersion, kind, services or jobs key",
    );
  });

  it("skips JSON whose top level lacks those keys however often they appear below it (a TypeDoc dump), and reads JSON manifests", () => {
    const typedoc = JSON.stringify({ id: 0, name: "order", variant: "project", kind: 1, children: [{ kind: 256, apiVersion: "x", comment: { summary: [{ kind: "text" }] } }] }, null, "\t");
    const pod = JSON.stringify({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx", ports: [{ containerPort: 50000 }] }] } }, null, 2);
    const scanned = scanFiles({ "docs/typedoc.json": typedoc, "docs/list.json": "[{\"kind\": \"x\"}]", "pod.json": pod });
    expect(scanned.files.map((file) => [file.path, file.kind])).toEqual([["pod.json", "kubernetes"]]);
    expect(scanned.diagnostics.map((note) => [note.path, note.message])).toEqual([
      ["docs/list.json", "skipped: no top-level apiVersion, kind, services or jobs key"],
      ["docs/typedoc.json", "skipped: no top-level apiVersion, kind, services or jobs key"],
    ]);
    expect(scanned.findings.map((finding) => [finding.ruleId, finding.origin.line])).toEqual([["no-dynamic-port", 14]]);
  });

  it("skips Helm chart templates, which are not YAML until rendered", () => {
    const chart = scanFiles({ "chart/templates/deployment.yaml": "{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\n{{- end }}\n" });
    expect(chart.findings).toEqual([]);
    expect(chart.diagnostics[0]!.message).toMatch(/Helm template/);
  });
});
