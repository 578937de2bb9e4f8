import { describe, expect, it } from "vitest";
import { interpolate, sourceSpan, type Interpolated } from "../../../src/scan/compose/interpolate.js";
import { hasShared, loadVectors, SKIP_MESSAGE } from "./shared-vectors.js";

interface InterpolationVector {
  template: string;
  env: Record<string, string>;
  expect: string | { error: string; error_type: string };
  unset_warnings?: number;
  source: string;
}

// Vectors not run, each with its reason (none).
const SKIPPED: Record<string, string> = {};

describe.skipIf(!hasShared)(`compose interpolation vectors${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  const vectors = loadVectors<InterpolationVector>("compose-interpolation-vectors.json");

  it("has vectors to run", () => {
    expect(vectors.length).toBeGreaterThan(50);
  });

  for (const vector of vectors) {
    it.skipIf(vector.template in SKIPPED)(`${JSON.stringify(vector.template)} with ${JSON.stringify(vector.env)}`, () => {
      const result = interpolate(vector.template, (name) => vector.env[name]);
      if (typeof vector.expect === "string") {
        expect(result).toMatchObject({ ok: true, value: vector.expect });
        if (vector.unset_warnings !== undefined && result.ok) expect(result.unset).toHaveLength(vector.unset_warnings);
      } else {
        expect(result).toMatchObject({ ok: false, error: vector.expect.error });
        expect(result.ok === false && result.kind).toBe(vector.expect.error_type === "MissingRequiredError" ? "required" : "invalid");
      }
    });
  }
});

function ok(template: string, env: Record<string, string> = {}): Interpolated {
  const result = interpolate(template, (name) => env[name]);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("interpolation provenance", () => {
  it("maps a default port back to the default literal and marks it a fallback", () => {
    const template = "${PORT:-8080}:80";
    const result = ok(template);
    expect(result.value).toBe("8080:80");
    expect(result.fallback).toBe(true);
    const span = sourceSpan(result, 0, 4);
    expect(template.slice(span.start, span.end)).toBe("8080");
    expect(span.fallback).toBe(true);
    const target = sourceSpan(result, 5, 7);
    expect(template.slice(target.start, target.end)).toBe("80");
    expect(target.fallback).toBe(false);
  });

  it("maps a set variable's value to the whole expression, not a fallback", () => {
    const template = "${PORT:-8080}:80";
    const result = ok(template, { PORT: "9000" });
    const span = sourceSpan(result, 0, 4);
    expect(template.slice(span.start, span.end)).toBe("${PORT:-8080}");
    expect(span.fallback).toBe(false);
    expect(result.variables).toEqual(["PORT"]);
  });

  it("reports an unset variable without default on the empty token it leaves", () => {
    const template = "${HOST_PORT}:80";
    const result = ok(template);
    expect(result.value).toBe(":80");
    expect(result.unset).toEqual(["HOST_PORT"]);
    const span = sourceSpan(result, 0, 0);
    expect(template.slice(span.start, span.end)).toBe("${HOST_PORT}");
    expect(span.unset).toEqual(["HOST_PORT"]);
    // The container port does not depend on it.
    expect(sourceSpan(result, 1, 3).unset).toEqual([]);
  });

  it("follows nested defaults to the innermost literal", () => {
    const template = "${A:-${B:-5432}}";
    const result = ok(template);
    const span = sourceSpan(result, 0, 4);
    expect([span.start, span.end, span.fallback]).toEqual([10, 14, true]);
  });

  it("maps $$ to its two characters and keeps $V tokens greedy", () => {
    const template = "$$HOST_PORT_80";
    const result = ok(template);
    expect(result.value).toBe("$HOST_PORT_80");
    expect(sourceSpan(result, 0, 1)).toMatchObject({ start: 0, end: 2 });
    const unset = ok("$HOST_PORT_80");
    expect(unset.unset).toEqual(["HOST_PORT_80"]);
  });

  it("gives the required-variable error its expression's offsets", () => {
    const result = interpolate("80:${WEB_PORT:?set WEB_PORT}", () => undefined);
    expect(result).toMatchObject({ ok: false, kind: "required", variable: "WEB_PORT", start: 3, end: 28 });
  });
});
