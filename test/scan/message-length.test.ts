// Every message the scanner prints on the repository's fixtures and the shared corpus (real
// third-party files) stays one sentence a CI log can show whole (issue 9 §7), in every preset.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/core/presets/index.js";
import { scanPaths } from "../../src/scan/index.js";

const MAX_MESSAGE = 200;
const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

function messagesIn(cwd: string): string[] {
  const messages = new Set<string>();
  for (const policy of Object.values(PRESETS)) {
    for (const finding of scanPaths(["."], { cwd, env: {}, policy }).findings) messages.add(finding.message);
  }
  return [...messages];
}

function expectShort(messages: readonly string[]): void {
  expect(messages.length).toBeGreaterThan(10);
  expect(messages.filter((message) => message.length > MAX_MESSAGE)).toEqual([]);
  expect(messages.filter((message) => /[.!?]\s+[A-Z]/.test(message))).toEqual([]);
}

describe("scanner messages", () => {
  it(`are one sentence of at most ${MAX_MESSAGE} characters on the fixtures, in every preset`, () => {
    expectShort(messagesIn(FIXTURES));
  });

  it.skipIf(!existsSync(CORPUS))(`are one sentence of at most ${MAX_MESSAGE} characters on the shared corpus${existsSync(CORPUS) ? "" : " (skipped: ../shared/corpus is absent)"}`, () => {
    expectShort(messagesIn(CORPUS));
  });
});
