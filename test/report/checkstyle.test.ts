import { describe, expect, it } from "vitest";
import { format } from "../../src/report/checkstyle.js";
import { DYNAMIC, EPHEMERAL, NASTY, emptyReport, sampleReport } from "./sample-report.js";
import { descendants, parseXml } from "./xml-tree.js";

describe("checkstyle format", () => {
  it("writes ESLint's checkstyle shape: every file, one error per finding", () => {
    expect(format({ ...sampleReport([DYNAMIC, EPHEMERAL]), files: [{ path: "a.env", kind: "env", listeners: 0 }] })).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="a.env"/>',
        '  <file name="compose.yaml">',
        `    <error line="12" column="9" severity="error" message="${DYNAMIC.message} (no-dynamic-port)" source="port-policy.rules.no-dynamic-port"/>`,
        "  </file>",
        '  <file name="deploy/my app/k8s.yaml">',
        `    <error line="30" column="26" severity="warning" message="${EPHEMERAL.message.replace("'", "&apos;")} (no-ephemeral-port)" source="port-policy.rules.no-ephemeral-port"/>`,
        "  </file>",
        "</checkstyle>",
        "",
      ].join("\n"),
    );
  });

  it("parses as XML with the attributes checkstyle readers need, messages intact", () => {
    const root = parseXml(format(sampleReport()));
    expect(root.name).toBe("checkstyle");
    const errors = descendants(root, "error");
    expect(errors).toHaveLength(8);
    for (const error of errors) expect(Object.keys(error.attributes)).toEqual(["line", "column", "severity", "message", "source"]);
    const nasty = descendants(root, "file").find((f) => f.attributes.name === "odd,name: x.env");
    expect(nasty?.children[0]?.attributes.message).toBe(`${NASTY.message.replace("\u0001", "").replace("\uD800", "")} (no-registered-port-misuse)`);
  });

  it("writes an empty root for an empty report", () => {
    expect(format(emptyReport())).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
  });
});
