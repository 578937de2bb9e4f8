import { describe, expect, it } from "vitest";
import { makeFinding } from "../../src/core/make-finding.js";
import { format, shouldUseColor } from "../../src/report/stylish.js";
import { DUPLICATE, DYNAMIC, EPHEMERAL, NASTY, emptyReport, sampleReport } from "./sample-report.js";

const ESC = "\u001b";

describe("stylish format", () => {
  it("groups by file with aligned line:col, severity, message and rule id, then counts per rule", () => {
    const report = { ...sampleReport([EPHEMERAL, DUPLICATE, DYNAMIC]), files: [] };
    const m = (f: typeof DYNAMIC) => f.message;
    const width = Math.max(m(DYNAMIC).length, m(DUPLICATE).length);
    expect(format(report)).toBe(
      [
        "compose.yaml",
        `  12:9  error  ${m(DYNAMIC).padEnd(width)}  no-dynamic-port`,
        `  20:9  error  ${m(DUPLICATE).padEnd(width)}  no-duplicate-port`,
        "",
        "deploy/my app/k8s.yaml",
        `  30:26  warning  ${m(EPHEMERAL)}  no-ephemeral-port`,
        "",
        "✖ 3 problems (2 errors, 1 warning) in 2 files, 0 listeners checked",
        "  no-duplicate-port  1",
        "  no-dynamic-port    1",
        "  no-ephemeral-port  1",
        "",
      ].join("\n"),
    );
  });

  it("right-aligns positions of different widths within a file", () => {
    const near = { ...DYNAMIC, origin: { ...DYNAMIC.origin, line: 3, column: 1 } };
    const lines = format({ ...sampleReport([near, DUPLICATE]), files: [] }).split("\n");
    expect(lines[1]).toMatch(/^ {3}3:1 {2}error/);
    expect(lines[2]).toMatch(/^ {2}20:9 {2}error/);
  });

  it("keeps each finding on one line and shows control characters as escapes", () => {
    const text = format(sampleReport([NASTY]));
    const row = text.split("\n")[1] ?? "";
    expect(row).toContain('100% "postgres", <b>not</b> nginx & co.\\r\\nSecond line: a,b \'quoted\' ]]> \\u0001 \uD800 end');
    expect(row).not.toMatch(/[\u0000-\u001f]/); // eslint-disable-line no-control-regex
    expect(text.split("\n")).toHaveLength(6);
  });

  // A path is the scanned repository's to choose: a directory name must not forge a finding, a
  // clean summary, colours or hidden text on the terminal of whoever runs the scan.
  it.each([
    ["a newline and a forged finding", "nl\n  1:1  error  FORGED  no-dynamic-port/compose.yaml", "nl\\n  1:1  error  FORGED  no-dynamic-port/compose.yaml"],
    ["a forged clean summary", "x\r\n\n✔ No problems (1 file, 0 listeners checked)\n/compose.yaml", "x\\r\\n\\n✔ No problems (1 file, 0 listeners checked)\\n/compose.yaml"],
    ["ANSI colour and cursor escapes", "\u001b[2K\u001b[1A\u001b[32mok\u001b[0m/compose.yaml", "\\u001b[2K\\u001b[1A\\u001b[32mok\\u001b[0m/compose.yaml"],
    ["an 8-bit CSI and a bell", "\u009b31m\u0007/compose.yaml", "\\u009b31m\\u0007/compose.yaml"],
    ["a right-to-left override", "evil\u202Elmay.esopmoc", "evil\\u202elmay.esopmoc"],
    ["a tab", "a\tb/compose.yaml", "a\\tb/compose.yaml"],
  ])("escapes %s in a path and in the message that quotes it", (_label, path, shown) => {
    const finding = makeFinding("parse-error", "parseError", { path, reason: "it is not a regular file" }, { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 });
    const text = format(sampleReport([finding]));
    const lines = text.split("\n");
    expect(lines[0]).toBe(shown);
    expect(lines[1]).toMatch(/^ {2}1:1 {2}error {2}/);
    expect(lines[1]).toContain(shown);
    expect(lines[1]).toMatch(/ {2}parse-error$/);
    expect(lines[3]).toMatch(/^✖ 1 problem \(1 error, 0 warnings\)/);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/); // eslint-disable-line no-control-regex
    expect(lines).toHaveLength(6);
  });

  it("says so when there is nothing to report", () => {
    expect(format(emptyReport())).toBe("✔ No problems (0 files, 0 listeners checked)\n");
    expect(format({ ...sampleReport([]) })).toBe("✔ No problems (7 files, 15 listeners checked)\n");
  });

  it("is plain text unless colour is asked for", () => {
    expect(format(sampleReport())).not.toContain(ESC);
    const colored = format(sampleReport(), { color: true });
    expect(colored).toContain(`${ESC}[31merror`);
    expect(colored).toContain(`${ESC}[33mwarning`);
    expect(colored).toContain(`${ESC}[4mcompose.yaml`);
  });
});

describe("shouldUseColor", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ["a TTY", tty, {}, true],
    ["a pipe", pipe, {}, false],
    ["a stream without isTTY", {}, {}, false],
    ["a TTY with NO_COLOR=1", tty, { NO_COLOR: "1" }, false],
    ["a TTY with NO_COLOR empty (unset per no-color.org)", tty, { NO_COLOR: "" }, true],
    ["a TTY with NODE_DISABLE_COLORS", tty, { NODE_DISABLE_COLORS: "1" }, false],
    ["a TTY with TERM=dumb", tty, { TERM: "dumb" }, false],
    ["a pipe with FORCE_COLOR=1", pipe, { FORCE_COLOR: "1" }, true],
    ["a pipe with FORCE_COLOR=true", pipe, { FORCE_COLOR: "true" }, true],
    ["a TTY with FORCE_COLOR=0", tty, { FORCE_COLOR: "0" }, false],
    ["a TTY with FORCE_COLOR=false", tty, { FORCE_COLOR: "false" }, false],
    ["a pipe with FORCE_COLOR empty", pipe, { FORCE_COLOR: "" }, false],
    ["NO_COLOR beats FORCE_COLOR", pipe, { NO_COLOR: "1", FORCE_COLOR: "1" }, false],
  ] as const)("%s", (_label, stream, env, expected) => {
    expect(shouldUseColor(stream, env)).toBe(expected);
  });
});
