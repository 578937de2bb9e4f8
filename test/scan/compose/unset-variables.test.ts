// Unset compose variables (issue 9 §4). Compose warns about a variable without default that is not
// set and substitutes an empty string (compose-go template.go), so `"${HTTP_PORT}:8000"` publishes
// on a random host port: a warning, not an error. `${VAR:?msg}` stops Compose: an error. With no
// `.env`, the example a repository ships for users to copy gives the values, and findings say so.
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/finding.js";
import { scanFiles } from "../scan-fixture.js";

const COMPOSE = 'services:\n  web:\n    image: ghcr.io/acme/web:1\n    ports:\n      - "${HTTP_PORT}:8000"\n';

const row = (f: Finding) => [f.ruleId, f.messageId, f.severity, f.origin.file, f.origin.line, f.origin.column, f.origin.endColumn, f.port ?? null];

describe("unset variables without a .env", () => {
  it('"${HTTP_PORT}:8000" unset: a warning on the expression that the host port becomes random', () => {
    const { findings, listeners } = scanFiles({ "compose.yaml": COMPOSE });
    expect(findings.map(row)).toEqual([["valid-port", "unsetHostPort", "warning", "compose.yaml", 5, 10, 22, null]]);
    expect(findings[0]!.data).toEqual({ value: "${HTTP_PORT}:8000", variable: "HTTP_PORT" });
    expect(listeners.map((l) => [l.role, l.port])).toEqual([["container", 8000]]);
  });

  it("unset in the container port: a warning that the port cannot be checked", () => {
    const { findings } = scanFiles({ "compose.yaml": COMPOSE.replace('"${HTTP_PORT}:8000"', '"8000:${APP_PORT}"') });
    expect(findings.map(row)).toEqual([["valid-port", "unset", "warning", "compose.yaml", 5, 15, 26, null]]);
  });

  it("${VAR:?msg} unset stays an error: Compose refuses to start", () => {
    const { findings } = scanFiles({ "compose.yaml": COMPOSE.replace("${HTTP_PORT}", "${HTTP_PORT:?set it}") });
    expect(findings.map(row)).toEqual([["valid-port", "unresolved", "error", "compose.yaml", 5, 10, 30, null]]);
    expect(findings[0]!.data).toMatchObject({ variable: "HTTP_PORT", detail: "required variable HTTP_PORT is missing a value: set it" });
  });

  it("an unset long-syntax published port is a random host port too", () => {
    const { findings } = scanFiles({ "compose.yaml": "services:\n  web:\n    image: x\n    ports:\n      - target: 8000\n        published: ${HTTP_PORT}\n" });
    expect(findings.map(row)).toEqual([["valid-port", "unsetHostPort", "warning", "compose.yaml", 6, 20, 32, null]]);
  });
});

describe("example env files", () => {
  it.each(["env.example", ".env.example", ".env.sample", ".env.dist"])("reads %s when there is no .env, and says so in the finding", (name) => {
    const { findings, listeners } = scanFiles({ "compose.yaml": COMPOSE, [name]: "HTTP_PORT=50000\n" });
    const published = listeners.find((l) => l.role === "published");
    expect(published).toMatchObject({ port: 50000, origin: { line: 5, column: 10, endColumn: 22, exampleEnv: name } });
    const dynamic = findings.filter((f) => f.origin.file === "compose.yaml");
    expect(dynamic.map(row)).toEqual([["no-dynamic-port", "dynamic", "error", "compose.yaml", 5, 10, 22, 50000]]);
    expect(dynamic[0]!.data).toMatchObject({ exampleEnv: name, port: 50000 });
  });

  it("a .env beside the compose file wins: the example is not read", () => {
    const { findings } = scanFiles({ "compose.yaml": COMPOSE, ".env": "HTTP_PORT=8080\n", "env.example": "HTTP_PORT=50000\n" });
    expect(findings.filter((f) => f.origin.file === "compose.yaml")).toEqual([]);
  });

  it("the process environment wins over the example", () => {
    const { findings, listeners } = scanFiles({ "compose.yaml": COMPOSE, "env.example": "HTTP_PORT=50000\n" }, { env: { HTTP_PORT: "8080" } });
    expect(findings.filter((f) => f.origin.file === "compose.yaml")).toEqual([]);
    expect(listeners.find((l) => l.role === "published")?.origin.exampleEnv).toBeUndefined();
  });

  it("an empty value in the example is a blank to fill in: still unset", () => {
    const { findings } = scanFiles({ "compose.yaml": COMPOSE, "env.example": "HTTP_PORT=\n" });
    expect(findings.map(row)).toEqual([["valid-port", "unsetHostPort", "warning", "compose.yaml", 5, 10, 22, null]]);
  });

  it("a placeholder in the example that is no port: a warning naming the example, not an error", () => {
    const { findings } = scanFiles({ "compose.yaml": COMPOSE, "env.example": "HTTP_PORT=your-port\n" });
    expect(findings.map(row)).toEqual([["valid-port", "malformed", "warning", "compose.yaml", 5, 10, 22, null]]);
    expect(findings[0]!.data).toMatchObject({ exampleEnv: "env.example" });
  });
});

describe("compose files of one folder that are separate projects", () => {
  it("compose.agent.yaml beside compose.yaml reads the folder's .env too", () => {
    const agent = 'services:\n  agent:\n    image: ghcr.io/acme/agent:1\n    ports:\n      - "${AGENT_PORT}:9000"\n';
    const { findings, listeners } = scanFiles({ "compose.yaml": COMPOSE, "compose.agent.yaml": agent, ".env": "HTTP_PORT=8080\nAGENT_PORT=9001\n" });
    expect(findings).toEqual([]);
    expect(listeners.filter((l) => l.role === "published").map((l) => [l.origin.file, l.port, l.scope])).toEqual([
      ["compose.agent.yaml", 9001, expect.stringMatching(/^compose:/)],
      ["compose.yaml", 8080, expect.stringMatching(/^compose:/)],
    ]);
  });
});
