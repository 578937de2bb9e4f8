import { describe, expect, it } from "vitest";
import { isComposeDocument } from "../../../src/scan/compose/index.js";
import { parseYaml } from "../../../src/scan/yaml.js";
import { indexDocument } from "../../../src/scan/yaml-walk.js";

const detect = (text: string) => parseYaml(text).docs.map(indexDocument).some(isComposeDocument);

describe("isComposeDocument", () => {
  it.each([
    ["services:\n  web:\n    image: nginx\n"],
    ["services:\n  web:\n    build: .\n    ports: ['80:80']\n  cache:\n"],
    ["x-common: &c\n  image: app\nservices:\n  web:\n    <<: *c\n"],
  ])("accepts %j", (text) => {
    expect(detect(text)).toBe(true);
  });

  it.each([
    ["apiVersion: v1\nkind: Service\nservices:\n  web:\n    image: x\n"],
    ["services:\n  - web\n"],
    ["services:\n  web:\n    description: a catalogue entry\n"],
    ["jobs:\n  test:\n    services:\n      db:\n        image: postgres\n"],
    ["services: {}\n"],
    ["services:\n  web: nginx\n"],
  ])("rejects %j", (text) => {
    expect(detect(text)).toBe(false);
  });
});
