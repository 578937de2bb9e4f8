import { describe, expect, it } from "vitest";
import { CATALOGUE, PARSE_ERROR, RULE_IDS, docsUrl, renderMessage } from "../../src/core/catalogue.js";
import { CHECKS } from "../../src/core/checks/index.js";
import { PRESETS } from "../../src/core/presets/index.js";

describe("rule catalogue", () => {
  it("lists the six rules of DESIGN.md, each with a check and a setting in every preset", () => {
    expect(RULE_IDS).toEqual([
      "no-dynamic-port",
      "no-privileged-port",
      "no-registered-port-misuse",
      "no-duplicate-port",
      "no-browser-unsafe-port",
      "valid-port",
    ]);
    for (const id of RULE_IDS) {
      expect(CHECKS[id]).toBeTypeOf("function");
      for (const preset of Object.values(PRESETS)) expect(preset.rules[id]).toMatch(/^(error|warn|off)$/);
    }
  });

  it("gives every entry a one-line description, a rationale and camelCase message ids", () => {
    for (const entry of [...CATALOGUE, PARSE_ERROR]) {
      expect(entry.description).not.toMatch(/\n|\.$/);
      expect(entry.rationale.length).toBeGreaterThan(80);
      for (const id of Object.keys(entry.messages)) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(docsUrl(entry.id)).toMatch(new RegExp(`/docs/rules/${entry.id}\\.md$`));
    }
  });

  it("has messages that name the port's class (or all classes) and end with what to do", () => {
    for (const entry of CATALOGUE) {
      for (const [id, template] of Object.entries(entry.messages)) {
        const namesClass = /\{\{class\}\}|system range|dynamic range|user range|system 0–1023|registry/.test(template);
        expect(namesClass, `${entry.id}/${id}`).toBe(true);
        expect(template.trim().endsWith("."), `${entry.id}/${id}`).toBe(true);
      }
    }
  });

  it("renders placeholders and leaves unknown ones visible", () => {
    expect(renderMessage("{{a}} and {{b}}", { a: 1 })).toBe("1 and {{b}}");
    expect(renderMessage("${{{variable}}:-8080}", { variable: "PORT" })).toBe("${PORT:-8080}");
  });
});
