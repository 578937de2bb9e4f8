// Values of a type Compose refuses (issue 11, "silent passes"): every one is a valid-port finding
// on the value as written, none is passed over. compose-spec.json: `ports` and `expose` are
// lists; a long-syntax port's target is an integer or a string, published a string or an integer,
// the other fields strings, and no other keys are allowed.
import { describe, expect, it } from "vitest";
import { scanComposeProject } from "../../../src/scan/compose/index.js";

function scan(text: string) {
  return scanComposeProject({ files: [{ path: "compose.yaml", text }], env: {}, projectName: "demo" });
}

/** rule, messageId, line, column, endColumn and the reason (up to a parenthesis). */
function findings(text: string) {
  return scan(text).findings.map((f) => [f.ruleId, f.messageId, f.origin.line, f.origin.column, f.origin.endColumn, String(f.data.reason).split(" (")[0]]);
}

describe("ports and expose that are not lists", () => {
  it.each([
    ['"8080:80"', 12, 21, "ports must be a list, not a string"],
    ["{published: 8080, target: 80}", 12, 41, "ports must be a list, not a mapping"],
    ["!!binary ODA4MDo4MA==", 21, 33, "ports must be a list, not a !!binary value"],
    ["8080", 12, 16, "ports must be a list, not a number"],
  ])("ports: %s", (value, column, endColumn, reason) => {
    expect(findings(`services:\n  web:\n    image: nginx\n    ports: ${value}\n`)).toEqual([["valid-port", "malformed", 4, column, endColumn, reason]]);
  });

  it("expose: a string", () => {
    expect(findings('services:\n  web:\n    image: nginx\n    expose: "80"\n')).toEqual([["valid-port", "malformed", 4, 13, 17, "expose must be a list, not a string"]]);
  });

  it("an empty ports:, ports: !reset and an empty list are fine", () => {
    const text = "services:\n  a:\n    image: x\n    ports:\n  b:\n    image: x\n    ports: !reset\n  c:\n    image: x\n    ports: []\n";
    expect(scan(text)).toEqual({ listeners: [], findings: [] });
  });
});

describe("long syntax of the wrong types", () => {
  // One odd value per line, 20 lines; each line gets its own finding, none is merged away.
  const lines: Array<[string, number, number, string]> = [
    ["- target: true", 17, 21, "target must be a whole number or a string, not a boolean"],
    ["- target: 1.5", 17, 20, "target must be a whole number or a string, not a float"],
    ["- target: ~", 17, 18, "target must be a whole number or a string, not an empty value"],
    ["- target: null", 17, 21, "target must be a whole number or a string, not an empty value"],
    ['- target: ""', 18, 18, 'target must be a whole number, not ""'],
    ["- target: [80]", 17, 21, "target must be a whole number or a string, not a list"],
    ["- target: {port: 80}", 17, 27, "target must be a whole number or a string, not a mapping"],
    ["- target: http", 17, 21, 'target must be a whole number, not "http"'],
    ["- {target: 80, published: [8080, 8081]}", 33, 45, "published must be a whole number or a string, not a list"],
    ["- {target: 80, published: {port: 8080}}", 33, 45, "published must be a whole number or a string, not a mapping"],
    ["- {target: 80, published: true}", 33, 37, "published must be a whole number or a string, not a boolean"],
    ["- {target: 80, published: 80.5}", 33, 37, "published must be a whole number or a string, not a float"],
    ["- {target: 80, protocol: [tcp]}", 32, 37, "protocol must be a string, not a list"],
    ["- {target: 80, host_ip: {a: 1}}", 31, 37, "host_ip must be a string, not a mapping"],
    ["- {target: 80, mode: 5}", 28, 29, "mode must be a string, not a number"],
    ["- {target: 80, name: [web]}", 28, 33, "name must be a string, not a list"],
    ["- {target: 80, publised: 8080}", 22, 30, "publised is not a field of a long-syntax port"],
    ["- true", 9, 13, "invalid type for a port: a boolean"],
    ["- 80.5", 9, 13, "invalid type for a port: a float"],
    ["- [80]", 9, 13, "invalid type for a port: a list"],
  ];
  const text = `services:\n  web:\n    image: nginx\n    ports:\n${lines.map(([line]) => `      ${line}\n`).join("")}`;

  it("gives every line its finding, on the value", () => {
    expect(findings(text)).toEqual(lines.map(([, column, endColumn, reason], index) => ["valid-port", "malformed", 5 + index, column, endColumn, reason]));
  });

  it("still lists the valid parts of an item (the target beside a bad published)", () => {
    const listeners = scan('services:\n  web:\n    image: nginx\n    ports:\n      - {target: 8080, published: [1, 2], x-note: fine}\n').listeners;
    expect(listeners.map((l) => [l.role, l.port, l.origin.line, l.origin.column])).toEqual([["container", 8080, 5, 18]]);
  });
});
