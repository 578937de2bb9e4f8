// Code blocks of docs/configuration.md and README.md marked with an HTML comment
// (<!-- config-example -->), so tests check what readers copy.
import { readFileSync } from "node:fs";

export const CONFIGURATION_DOC = new URL("../../docs/configuration.md", import.meta.url);
export const README = new URL("../../README.md", import.meta.url);

export function docBlock(marker: string, doc: URL = CONFIGURATION_DOC): string {
  const text = readFileSync(doc, "utf8");
  const match = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(text);
  if (!match?.[1]) throw new Error(`${doc.pathname.split("/").at(-1)} has no block marked <!-- ${marker} -->`);
  return match[1];
}
