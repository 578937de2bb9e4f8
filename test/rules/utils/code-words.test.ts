// withoutProse (rules/utils/code-words.ts): comments and prose strings go, code never does. The
// cases show each rule and each point where the lexer stops; the last test checks the promise on
// real files against a parser's own tokens: every name the parser sees in code is still there.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseForESLint } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { withoutProse } from "../../../rules/utils/code-words.js";
import { codeFilesUnder } from "./prefilter-safety.js";

const words = (text: string): string[] => text.match(/[\w$]+/g) ?? [];

describe("withoutProse", () => {
  it.each([
    ["line and block comments", "a(); // server.listen(3000)\n/** Server docs */\nb();", "a b"],
    ["prose strings and template text; names stay", 'x("SQL Server is up"); y["listen"]; z({ "port": 1 }); require("socket.io");', 'x y "listen" z "port" 1 require "socket.io"'],
    ["a template's text goes, its substitutions stay", "const t = `app.listen(3000) ${server.listen(port)} done`;", "const t server listen port"],
    ["regular expressions", "const re = /listen|port/g; if (re.test(s)) go();", "const re if re test s go"],
    ["a division after a name or a number", "const half = total / 2; // port\nnext();", "const half total 2 next"],
    ["keywords before a regular expression", "return /port/.test(x) // listen", "return test x"],
    ["a hashbang", "#!/usr/bin/env node\nrun();", "run"],
    ["comment-like text inside strings", 'const url = "see http://x"; const u = "http://y"; /* listen */ go();', 'const url const u "http://y" go'],
  ])("removes %s", (_name, text, expected) => {
    expect(words(withoutProse(text, false)).join(" ")).toBe(words(expected).join(" "));
  });

  it.each([
    ["a / after )", "const a = (b + c) / 2; // listen\n", "listen"],
    ["a / after }", "if (x) {} /re/.test(y); // listen\n", "listen"],
    ["a / after TypeScript's non-null !", "const a = b! / 2; // listen\n", "listen"],
    ["JSX where an expression starts", "const el = <p>Don't // listen</p>;\n", "listen"],
    ["an unterminated string", "const s = 'abc\n// listen\n", "listen"],
    ["an unclosed block comment", "go(); /* listen\n", "listen"],
    ["an unbalanced }", "} // listen\n", "listen"],
    ["a stray backslash", "a \\ b // listen\n", "listen"],
  ])("stops at %s and keeps the rest as it is", (_name, text, kept) => {
    expect(words(withoutProse(text, true))).toContain(kept);
  });

  it("keeps generics and comparisons of TypeScript files as code", () => {
    expect(words(withoutProse("const a = new Map<string, Server>(); if (a.size < limit) server.listen(port); // x\n", false))).toEqual(
      words("const a new Map string Server if a size limit server listen port"),
    );
  });
});

const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../../fixtures/", import.meta.url));
const REALWORLD = "/work/realworld";

/** The names in code, as TypeScript's parser tokenises the file (comments and literals are not tokens of this kind). */
function codeNames(text: string, jsx: boolean): Map<string, number> | undefined {
  let tokens;
  try {
    tokens = parseForESLint(text, { ecmaFeatures: { jsx }, range: false }).ast.tokens;
  } catch {
    return undefined;
  }
  const names = new Map<string, number>();
  for (const token of tokens) {
    if (token.type !== "Identifier" && token.type !== "Keyword" && token.type !== "JSXIdentifier") continue;
    // `aria-label` and `xlink:href` are JSX names of two words.
    for (const name of token.value.split(/[-:]/)) names.set(name, (names.get(name) ?? 0) + 1);
  }
  return names;
}

function lostNames(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const jsx = !/\.[cm]?ts$/.test(file);
  const names = codeNames(text, jsx && !file.endsWith(".ts"));
  if (!names) return [];
  const kept = new Map<string, number>();
  for (const word of withoutProse(text, jsx).match(/[\w$\u0080-\ufefe]+/g) ?? []) kept.set(word, (kept.get(word) ?? 0) + 1);
  return [...names].filter(([name, count]) => (kept.get(name) ?? 0) < count).map(([name]) => `${file}: ${name}`);
}

describe("withoutProse keeps every name of real code", () => {
  const roots = [FIXTURES, CORPUS, ...(existsSync(REALWORLD) ? readdirSync(REALWORLD).filter((name) => name.includes("+")).map((name) => join(REALWORLD, name)) : [])].filter(
    (root) => existsSync(root) && statSync(root).isDirectory(),
  );
  it(`over the fixtures, the corpus and a sample of ${roots.length - 2} real repositories`, () => {
    const files = roots.flatMap((root) => codeFilesUnder(root).filter((file, index) => index % 3 === 0 && statSync(file).size <= 300_000).slice(0, 60));
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(lostNames)).toEqual([]);
  }, 300_000);
});
