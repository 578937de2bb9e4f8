import { describe, expect, it } from "vitest";
import { parseComposeEnvFile } from "../../../src/scan/compose/parse-env-file.js";
import { hasShared, loadVectors, SKIP_MESSAGE, type DotenvVector } from "./shared-vectors.js";

// compose-go vectors not run, each with its reason (none).
const SKIPPED: Record<string, string> = {};

describe.skipIf(!hasShared)(`compose-go env-file vectors${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  const vectors = loadVectors<DotenvVector>("dotenv-vectors.json").filter((v) => v.parser === "compose-go");

  it("has vectors to run", () => {
    expect(vectors.length).toBeGreaterThan(40);
  });

  for (const vector of vectors) {
    it.skipIf(vector.input in SKIPPED)(`${JSON.stringify(vector.input).slice(0, 80)} (${vector.source})`, () => {
      const result = parseComposeEnvFile(vector.input, (name) => vector.env?.[name]);
      if (vector.expect === "error") {
        expect(result.ok).toBe(false);
        if (!result.ok && vector.error_contains) expect(result.error).toContain(vector.error_contains);
        return;
      }
      expect(result.ok).toBe(true);
      if (vector.expect) expect(result.values).toEqual(vector.expect);
      if (vector.expect_keys) expect(result.values).toMatchObject(vector.expect_keys);
      for (const key of vector.absent_keys ?? []) expect(result.values).not.toHaveProperty(key);
    });
  }
});

describe("parseComposeEnvFile offsets and errors", () => {
  it("gives each value's offsets, inside quotes", () => {
    const text = 'export WEB_PORT=8080\nDB_PORT="5432" # pg\n';
    const result = parseComposeEnvFile(text);
    expect(result.ok).toBe(true);
    const [web, db] = result.entries;
    expect(web && text.slice(web.valueStart, web.valueEnd)).toBe("8080");
    expect(web && text.slice(web.keyStart, web.keyEnd)).toBe("WEB_PORT");
    expect(db && text.slice(db.valueStart, db.valueEnd)).toBe("5432");
  });

  it("interpolates from the lookup before the file's own keys", () => {
    const result = parseComposeEnvFile("PORT=1\nOTHER=${PORT}\n", (name) => (name === "PORT" ? "5" : undefined));
    expect(result.values).toEqual({ PORT: "1", OTHER: "5" });
  });

  it("names the line of an error and its offset", () => {
    const text = "A=1\nB='open\n";
    const result = parseComposeEnvFile(text);
    expect(result).toMatchObject({ ok: false, error: "line 2: unterminated quoted value 'open", offset: 6 });
  });

  it("skips a BOM and handles CRLF line ends", () => {
    const result = parseComposeEnvFile("\ufeffPORT=80\r\nX=1\r\n");
    expect(result.values).toEqual({ PORT: "80", X: "1" });
  });
});
