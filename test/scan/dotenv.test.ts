import { describe, expect, it } from "vitest";
import { dotenvValues, parseDotenv } from "../../src/scan/dotenv.js";
import { scanEnvFile } from "../../src/scan/env-file-listeners.js";
import { readdirSync, readFileSync } from "node:fs";
import { hasShared, loadVectors, SKIP_MESSAGE, SHARED_DIR, type DotenvVector } from "./compose/shared-vectors.js";

// npm-dotenv vectors not run, each with its reason (none).
const SKIPPED: Record<string, string> = {};

describe.skipIf(!hasShared)(`npm dotenv vectors${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  const vectors = loadVectors<DotenvVector>("dotenv-vectors.json").filter((v) => v.parser === "npm-dotenv");

  it("has vectors to run", () => {
    expect(vectors.length).toBeGreaterThan(20);
  });

  for (const vector of vectors) {
    it.skipIf(vector.input in SKIPPED)(`${JSON.stringify(vector.input).slice(0, 80)} (${vector.source})`, () => {
      const values = dotenvValues(parseDotenv(vector.input));
      if (vector.expect && vector.expect !== "error") expect(values).toEqual(vector.expect);
      if (vector.expect_keys) expect(values).toMatchObject(vector.expect_keys);
      for (const key of vector.absent_keys ?? []) expect(values).not.toHaveProperty(key);
    });
  }
});

describe("parseDotenv offsets", () => {
  it("points inside quotes and past `export`", () => {
    const text = 'export PORT="3000"  # quoted then comment\n';
    const [entry] = parseDotenv(text);
    expect(entry).toMatchObject({ key: "PORT", value: "3000", exact: true });
    expect(entry && text.slice(entry.valueStart, entry.valueEnd)).toBe("3000");
  });

  it("keeps offsets of the file as written when lines end in CRLF", () => {
    const text = "A=1\r\nB=2\r\nPORT=8080\r\n";
    const entry = parseDotenv(text).find((e) => e.key === "PORT");
    expect(entry && text.slice(entry.valueStart, entry.valueEnd)).toBe("8080");
  });
});

describe("scanEnvFile", () => {
  const scan = (text: string) => scanEnvFile({ path: "app/.env", text });

  it("makes env listeners of PORT and *_PORT keys with exact positions", () => {
    const text = ["# web", "PORT=3000", 'export DB_PORT="5432"', "REDIS_PORT=6379 # cache", ""].join("\n");
    const { listeners, findings } = scan(text);
    expect(findings).toEqual([]);
    expect(listeners.map((l) => [l.identity.envKey, l.port, l.origin.line, l.origin.column, l.origin.endColumn])).toEqual([
      ["PORT", 3000, 2, 6, 10],
      ["DB_PORT", 5432, 3, 17, 21],
      ["REDIS_PORT", 6379, 4, 12, 16],
    ]);
    expect(listeners[0]).toMatchObject({
      role: "env",
      source: "env",
      protocol: "tcp",
      scope: "env:app/.env",
      privilege: { user: "non-root", capAdd: [], network: "own" },
    });
    // Another service's port (REDIS_PORT) is not this process's listener: no duplicate scope.
    expect(listeners[2]!.scope).toBeUndefined();
  });

  it("ignores URLs, words, empty values and non-port keys", () => {
    const text = "API_PORT=http://localhost:8080\nPORT=\nWEB_PORT=auto\nPORT_RANGE=8000\nEXPORT_DIR=80\n";
    expect(scan(text)).toEqual({ listeners: [], findings: [] });
  });

  it("reports a number outside 0–65535 as valid-port outOfRange on the value", () => {
    const { listeners, findings } = scan("ADMIN_PORT=70000\n");
    expect(listeners).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "valid-port",
      messageId: "outOfRange",
      data: { value: "70000" },
      origin: { line: 1, column: 12, endLine: 1, endColumn: 17 },
    });
  });

  it("reads a dotenv inline comment without a space as a comment (npm dotenv rule)", () => {
    const { listeners } = scan("PORT=8080#main\n");
    expect(listeners.map((l) => l.port)).toEqual([8080]);
  });
});

describe.skipIf(!hasShared)(`env corpus smoke test${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  const dir = `${SHARED_DIR}corpus/env/`;
  const files = hasShared ? readdirSync(dir) : [];
  it.each(files)("%s scans without parse-error", (name) => {
    const result = scanEnvFile({ path: name, text: readFileSync(dir + name, "utf8") });
    expect(result.findings.filter((f) => f.ruleId === "parse-error")).toEqual([]);
  });
  it("finds the otel-demo service ports", () => {
    const result = scanEnvFile({ path: "otel-demo__.env", text: readFileSync(`${dir}otel-demo__.env`, "utf8") });
    const ports = new Map(result.listeners.map((l) => [l.identity.envKey, l.port]));
    expect(ports.get("POSTGRES_PORT")).toBe(5432);
    expect(ports.get("PAYMENT_PORT")).toBe(50051);
    expect(ports.has("OTEL_COLLECTOR_PORT_GRPC")).toBe(false);
  });
});
