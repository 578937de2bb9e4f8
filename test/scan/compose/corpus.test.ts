// Smoke test over ../shared/corpus/compose: every file is compose, scans without crash or
// parse-error. The reviewed snapshot of findings is the lead's (issue 3).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { composeEnvironment, isComposeDocument, scanComposeProject } from "../../../src/scan/compose/index.js";
import { parseYaml } from "../../../src/scan/yaml.js";
import { indexDocument } from "../../../src/scan/yaml-walk.js";
import { hasShared, SHARED_DIR, SKIP_MESSAGE } from "./shared-vectors.js";

describe.skipIf(!hasShared)(`compose corpus${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  const dir = `${SHARED_DIR}corpus/compose/`;
  const files = hasShared ? readdirSync(dir) : [];

  it.each(files)("%s is detected as compose and scans without parse-error", (name) => {
    const text = readFileSync(dir + name, "utf8");
    expect(parseYaml(text).docs.map(indexDocument).some(isComposeDocument)).toBe(true);
    const result = scanComposeProject({ files: [{ path: name, text }], env: {}, projectName: "corpus" });
    expect(result.findings.filter((f) => f.ruleId === "parse-error")).toEqual([]);
  });

  it("resolves the otel-demo ports from its .env", () => {
    const text = readFileSync(`${dir}otel-demo__compose.yaml`, "utf8");
    const { env, findings } = composeEnvironment({ path: ".env", text: readFileSync(`${SHARED_DIR}corpus/env/otel-demo__.env`, "utf8") }, {});
    expect(findings).toEqual([]);
    const result = scanComposeProject({ files: [{ path: "compose.yaml", text }], env, projectName: "otel" });
    expect(result.findings).toEqual([]);
    const published = result.listeners.filter((l) => l.role === "published").map((l) => [l.identity.name, l.port, l.origin.line, l.origin.column]);
    expect(published).toEqual([
      ["frontend-proxy", 8080, 328, 10],
      ["frontend-proxy", 10000, 329, 10],
    ]);
  });

  it("publishes coturn's ports on tcp and udp, and 80/443 on both", () => {
    const name = "coturn__docker__docker-compose-all.yml";
    const result = scanComposeProject({ files: [{ path: name, text: readFileSync(dir + name, "utf8") }], env: {}, projectName: "coturn" });
    const published = result.listeners.filter((l) => l.role === "published").map((l) => `${l.port}/${l.protocol}`);
    expect(published).toEqual(["3478/tcp", "3478/udp", "3479/tcp", "3479/udp", "80/tcp", "80/udp", "5349/tcp", "5349/udp", "5350/tcp", "5350/udp", "443/tcp", "443/udp"]);
  });
});
