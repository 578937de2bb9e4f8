import { describe, expect, it } from "vitest";
import { parsePortSpec } from "../../../src/scan/compose/parse-port-spec.js";
import { hasShared, loadVectors, SKIP_MESSAGE } from "./shared-vectors.js";

interface PortVector {
  input: unknown;
  kind: string;
  expect: "error" | Array<Record<string, unknown>>;
  error?: string;
  source: string;
}

// Vectors this parser does not run, each with its reason (none today; long, expose and
// merge-unicity vectors run through the compose front end in scan-compose-project.test.ts).
const SKIPPED: Record<string, string> = {};

describe.skipIf(!hasShared)(`compose short-syntax port vectors${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  const vectors = loadVectors<PortVector>("compose-port-vectors.json").filter((v) => v.kind === "short" || v.kind === "short-int");

  it("has vectors to run", () => {
    expect(vectors.length).toBeGreaterThan(50);
  });

  for (const vector of vectors) {
    const input = String(vector.input);
    it.skipIf(input in SKIPPED)(`${JSON.stringify(vector.input)} (${vector.source})`, () => {
      const result = parsePortSpec(input);
      if (vector.expect === "error") {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toBe(vector.error);
        return;
      }
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const got = result.mappings.map((m) => ({ host_ip: m.hostIp, published: m.published, target: m.target, protocol: m.protocol, mode: "ingress" }));
      expect(got).toEqual(vector.expect);
    });
  }
});

describe("parsePortSpec token offsets", () => {
  const token = (text: string, start: number, end: number) => text.slice(start, end);

  it("points at host and container ports of an IP:HOST:CONTAINER/proto spec", () => {
    const text = "127.0.0.1:8080:80/udp";
    const result = parsePortSpec(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.spec.hostIp).toBe("127.0.0.1");
    expect(result.spec.protocol).toBe("udp");
    const { published, target } = result.spec;
    expect(published && token(text, published.start, published.end)).toBe("8080");
    expect(token(text, target.start, target.end)).toBe("80");
  });

  it("keeps ranges as one token each", () => {
    const text = "[::1]:9090-9091:8080-8081";
    const result = parsePortSpec(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.spec.hostIp).toBe("::1");
    expect(result.spec.published).toMatchObject({ from: 9090, to: 9091, start: 6, end: 15 });
    expect(result.spec.target).toMatchObject({ from: 8080, to: 8081, start: 16, end: 25 });
  });

  it("gives every expanded mapping its tokens", () => {
    const result = parsePortSpec("80-81:8080-8081");
    if (!result.ok) throw new Error(result.error);
    expect(result.mappings.map((m) => [m.published, m.target, m.publishedToken?.start, m.targetToken.start])).toEqual([
      ["80", 8080, 0, 6],
      ["81", 8081, 0, 6],
    ]);
  });

  it("has no published token for a bare container port", () => {
    const result = parsePortSpec("3000");
    expect(result.ok && result.spec.published).toBe(undefined);
  });

  it("reports a port above 65535 as out of range, on its token", () => {
    expect(parsePortSpec("80000:80")).toEqual({ ok: false, error: "invalid hostPort: 80000", code: "out-of-range", start: 0, end: 5 });
    expect(parsePortSpec("8080:70000")).toMatchObject({ code: "out-of-range", start: 5, end: 10 });
  });

  it("reports other errors as malformed on the offending token", () => {
    expect(parsePortSpec("80/xyz")).toMatchObject({ code: "malformed", start: 3, end: 6 });
    expect(parsePortSpec("localhost:80:80")).toMatchObject({ code: "malformed", start: 0, end: 9 });
    expect(parsePortSpec("8080:80-81")).toMatchObject({ code: "malformed", start: 5, end: 10 });
    expect(parsePortSpec("8080:8o")).toMatchObject({ code: "malformed", error: "invalid containerPort: 8o", start: 5, end: 7 });
  });

  it("accepts go-connections' corner cases: [::1]::80, empty protocol, leading +", () => {
    expect(parsePortSpec("[::1]::80")).toMatchObject({ ok: true, mappings: [{ hostIp: "::1", published: "", target: 80 }] });
    expect(parsePortSpec("8080:80/")).toMatchObject({ ok: true, mappings: [{ published: "8080", target: 80, protocol: "tcp" }] });
    expect(parsePortSpec("[::1]:80")).toMatchObject({ ok: false, error: "invalid IP address: [:" });
    expect(parsePortSpec(":80")).toMatchObject({ ok: true, spec: { hostField: { start: 0, end: 0 } }, mappings: [{ hostIp: "", published: "", target: 80 }] });
    expect(parsePortSpec("::80")).toMatchObject({ ok: true, spec: { hostField: { start: 1, end: 1 } } });
    // strconv.ParseInt takes a sign.
    expect(parsePortSpec("+80")).toMatchObject({ ok: true, mappings: [{ target: 80 }] });
  });
});
