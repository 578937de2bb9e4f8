import { describe, expect, it } from "vitest";
import { composeEnvironment } from "../../../src/scan/compose/index.js";

describe("composeEnvironment", () => {
  const dotenv = { path: "app/.env", text: "WEB_PORT=8080\nDB_PORT=5432\nURL=http://web:${WEB_PORT}\n" };

  it("reads the .env next to the compose file; the process environment wins", () => {
    const { env, findings } = composeEnvironment(dotenv, { WEB_PORT: "9090", HOME: "/root", UNSET: undefined });
    expect(findings).toEqual([]);
    // Inside the file, ${WEB_PORT} also sees the process value first (compose-go dotenv/env.go).
    expect(env).toEqual({ WEB_PORT: "9090", DB_PORT: "5432", URL: "http://web:9090", HOME: "/root" });
  });

  it("replaces .env with --env-file files, later files overriding earlier ones", () => {
    const first = { path: "a.env", text: "WEB_PORT=1\nA=${WEB_PORT}\n" };
    const second = { path: "b.env", text: "WEB_PORT=2\nB=${WEB_PORT}\n" };
    const { env } = composeEnvironment(dotenv, {}, [first, second]);
    expect(env).toEqual({ WEB_PORT: "2", A: "1", B: "1" });
  });

  it("reports an env file Compose refuses as a parse-error at its line, keeping what came before", () => {
    const { env, findings } = composeEnvironment({ path: ".env", text: "PORT=80\nBAD KEY=1\n" }, {});
    expect(env).toEqual({ PORT: "80" });
    expect(findings.map((f) => [f.ruleId, f.origin.file, f.origin.line])).toEqual([["parse-error", ".env", 2]]);
    expect(findings[0]?.message).toContain("key cannot contain a space");
  });

  it("is the process environment alone without env files", () => {
    expect(composeEnvironment(undefined, { A: "1" }).env).toEqual({ A: "1" });
  });
});
