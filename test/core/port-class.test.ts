import { describe, expect, it } from "vitest";
import { describeClass, isValidPort, portClass } from "../../src/core/port-class.js";
import { parsePort, parsePortRange, parsePortSpec } from "../../src/core/parse-port.js";

describe("port classes (RFC 6335 §6)", () => {
  it("puts the bounds in the right class", () => {
    expect([0, 1023, 1024, 49151, 49152, 65535].map(portClass)).toEqual(["system", "system", "user", "user", "dynamic", "dynamic"]);
    expect(describeClass(5432)).toBe("user range 1024–49151");
  });

  it("accepts whole numbers 0–65535 only", () => {
    expect([0, 65535, 65536, -1, 80.5, Number.NaN].map(isValidPort)).toEqual([true, true, false, false, false, false]);
  });
});

describe("parsePort / parsePortRange / parsePortSpec", () => {
  it("parses ports and rejects what is not one, saying why", () => {
    expect(parsePort(" 8080 ")).toEqual({ ok: true, value: 8080 });
    expect(parsePort("70000")).toEqual({ ok: false, error: "70000 is above 65535, the highest port" });
    expect(parsePort("0x50")).toEqual({ ok: false, error: '"0x50" is not a port number (expected 0–65535)' });
    expect(parsePort("-1").ok).toBe(false);
    expect(parsePort("").ok).toBe(false);
  });

  it("parses inclusive ranges and rejects reversed ones", () => {
    expect(parsePortRange("8000-8010")).toEqual({ ok: true, value: { from: 8000, to: 8010 } });
    expect(parsePortRange("80")).toEqual({ ok: true, value: { from: 80, to: 80 } });
    expect(parsePortRange("8010-8000")).toEqual({ ok: false, error: 'range "8010-8000" ends before it starts' });
    expect(parsePortRange("1-2-3").ok).toBe(false);
  });

  it("parses an optional protocol", () => {
    expect(parsePortSpec("5432/TCP")).toEqual({ ok: true, value: { from: 5432, to: 5432, protocol: "tcp" } });
    expect(parsePortSpec("6000-6063/udp")).toEqual({ ok: true, value: { from: 6000, to: 6063, protocol: "udp" } });
    expect(parsePortSpec("53")).toEqual({ ok: true, value: { from: 53, to: 53 } });
    expect(parsePortSpec("80/quic")).toEqual({ ok: false, error: '"quic" is not a protocol (expected tcp, udp or sctp)' });
  });
});
