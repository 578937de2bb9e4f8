// Code blocks of docs/configuration.md marked with an HTML comment (<!-- config-example -->),
// so tests check what readers copy.
import { readFileSync } from "node:fs";

export const CONFIGURATION_DOC = new URL("../../docs/configuration.md", import.meta.url);

export function docBlock(marker: string): string {
  const text = readFileSync(CONFIGURATION_DOC, "utf8");
  const match = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(text);
  if (!match?.[1]) throw new Error(`docs/configuration.md has no block marked <!-- ${marker} -->`);
  return match[1];
}
