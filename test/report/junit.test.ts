import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { format } from "../../src/report/junit.js";
import { NASTY, PARSE_ERROR, SHARED, emptyReport, sampleReport } from "./sample-report.js";
import { checkAgainstXsd, readXsd } from "./xsd-check.js";
import { descendants, parseXml, type XmlElement } from "./xml-tree.js";

const XSD = new URL("schemas/junit/jenkins-xunit-junit-10.xsd", SHARED);
if (!existsSync(XSD)) console.warn(`JUnit XSD tests skipped: ${fileURLToPath(SHARED)} is absent`);

/** The message with what XML 1.0 cannot carry removed (the control character and the lone surrogate). */
const NASTY_IN_XML = NASTY.message.replace("\u0001", "").replace("\uD800", "");

const count = (element: XmlElement, name: string) => descendants(element, name).length;

describe.skipIf(!existsSync(XSD))("junit format against the Jenkins xUnit JUnit XSD (../shared/schemas)", () => {
  const rules = existsSync(XSD) ? readXsd(parseXml(readFileSync(XSD, "utf8"))) : new Map();

  it("reads the XSD's requirements (so the check below is not vacuous)", () => {
    expect([...rules.get("testsuite").attributes].filter(([, a]) => a.required).map(([n]) => n)).toEqual(["name", "tests", "failures", "errors"]);
    expect(rules.get("testcase").attributes.has("file")).toBe(false);
    expect(checkAgainstXsd(parseXml('<testsuites><testsuite name="a" tests="1"><testcase name="x" file="f"/></testsuite></testsuites>'), rules)).toEqual([
      "/testsuites/testsuite: required attribute failures missing",
      "/testsuites/testsuite: required attribute errors missing",
      "/testsuites/testsuite/testcase: attribute file not allowed",
    ]);
    expect(checkAgainstXsd(parseXml('<testsuites time="1s"/>'), rules)).toHaveLength(1);
  });

  for (const [name, report] of Object.entries({ sample: sampleReport(), empty: emptyReport(), "parse error only": sampleReport([PARSE_ERROR]) })) {
    it(`${name}: elements, attributes, children and time values are those the XSD allows`, () => {
      const root = parseXml(format(report));
      expect(root.name).toBe("testsuites");
      expect(checkAgainstXsd(root, rules)).toEqual([]);
    });
  }
});

describe("junit format", () => {
  const root = parseXml(format(sampleReport()));
  const suites = descendants(root, "testsuite");

  it("has one suite per checked file and one testcase per finding, plus one passing case per clean file", () => {
    expect(suites.map((s) => s.attributes.name)).toEqual([
      "broken.yaml",
      "clean/app.ts",
      "compose.yaml",
      "deploy/my app/k8s.yaml",
      "deploy/ünïcødé/svc.yaml",
      "odd,name: x.env",
      "twins.env",
    ]);
    expect(count(root, "testcase")).toBe(9);
    const clean = suites[1]!;
    expect(clean.children).toEqual([{ name: "testcase", attributes: { classname: "clean/app_ts", name: "port-policy clean/app.ts", time: "0" }, children: [], text: "" }]);
  });

  it("counts tests, failures and errors right on every suite and on the root", () => {
    for (const element of [root, ...suites]) {
      expect(element.attributes.tests).toBe(String(count(element, "testcase")));
      expect(element.attributes.failures).toBe(String(count(element, "failure")));
      expect(element.attributes.errors).toBe(String(count(element, "error")));
    }
    expect(root.attributes).toEqual({ name: "port-policy", tests: "9", failures: "7", errors: "1", time: "0" });
  });

  it("reports a parse-error as an error and a warning as a failure", () => {
    const broken = suites[0]!;
    expect(descendants(broken, "error")[0]?.attributes.type).toBe("parse-error");
    const warning = descendants(suites[3]!, "failure")[0];
    expect(warning?.text).toMatch(/^deploy\/my app\/k8s\.yaml:30:26 warning no-ephemeral-port: Port 40000/);
  });

  it("names every testcase uniquely, also two identical findings", () => {
    const names = descendants(root, "testcase").map((t) => `${t.attributes.classname}\u0000${t.attributes.name}`);
    expect(new Set(names).size).toBe(names.length);
    expect(descendants(suites[6]!, "testcase").map((t) => t.attributes.name)).toEqual(["no-dynamic-port twins.env:4:10", "no-dynamic-port twins.env:4:10 (2)"]);
  });

  it("uses the path with dots replaced as classname, so Jenkins does not split it at the extension", () => {
    expect(descendants(suites[4]!, "testcase")[0]?.attributes.classname).toBe("deploy/ünïcødé/svc_yaml");
    expect(suites[4]?.attributes.file).toBe("deploy/ünïcødé/svc.yaml");
  });

  it("escapes XML specials and drops characters XML cannot hold, keeping line breaks in attributes", () => {
    const failure = descendants(suites[5]!, "failure")[0]!;
    expect(failure.attributes.message).toBe(NASTY_IN_XML);
    expect(failure.text).toBe(`odd,name: x.env:2:6 error no-registered-port-misuse: ${NASTY_IN_XML}`);
    const text = format(sampleReport([NASTY]));
    expect(text.includes("\u0001") || text.includes("\uD800")).toBe(false);
  });

  it("writes a valid document for an empty report", () => {
    expect(format(emptyReport())).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="port-policy" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n');
  });
});
