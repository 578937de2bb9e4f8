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
    expect(words(withoutProse(text, { jsx: false })).join(" ")).toBe(words(expected).join(" "));
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
    expect(words(withoutProse(text, { jsx: true }))).toContain(kept);
  });

  it.each([
    ["an interface", "interface Options { port: number; listen(): void }\nconst a = 1;", "const a 1"],
    ["an exported one with a JSDoc and a heritage", "/** docs */\nexport interface Server extends Base, X.Y { port?: number }\nrun();", "export run"],
    ["an ambient class with a generic default", "export declare class Collection<T extends Doc = Doc> {\n  start(port: number): this;\n}\nrun();", "export run"],
    ["an ambient module and global", 'declare module "x" { export function listen(port: number): void }\ndeclare global { var port: number }\nrun();', "run"],
    ["an object type alias", "export type Config<T> = { server: T; port: number };\nrun();", "export run"],
  ])("drops %s from a TypeScript file", (_name, text, expected) => {
    expect(words(withoutProse(text, { jsx: false, typescript: true })).join(" ")).toBe(words(expected).join(" "));
  });

  it.each([
    ["`declare` and `type` as names", "const declare = f, type = g;\ndeclare\nclass Server { listen() {} }\ntype = { port };", "listen"],
    ["a namespace and an enum, which are code", "namespace N { server.listen(port) }\nenum E { port = 1 }", "listen"],
    ["a key named `interface` or `type`", "const o = { type: { port: 1 } }; o.interface = { port };", "port"],
    ["a generic's brace: what it leaves open is kept", "interface X<T extends { a: 1 }> { listen: 1 }", "listen"],
  ])("keeps %s", (_name, text, kept) => {
    expect(words(withoutProse(text, { jsx: false, typescript: true }))).toContain(kept);
  });

  it("drops nothing from JavaScript", () => {
    expect(words(withoutProse("interface Options { port: 1 }", { jsx: true }))).toContain("port");
  });

  it("keeps generics and comparisons of TypeScript files as code", () => {
    expect(words(withoutProse("const a = new Map<string, Server>(); if (a.size < limit) server.listen(port); // x\n", { jsx: false }))).toEqual(
      words("const a new Map string Server if a size limit server listen port"),
    );
  });
});

const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../../fixtures/", import.meta.url));
const REALWORLD = "/work/realworld";

/** Declarations that are types through and through: withoutProse may drop them from TypeScript. */
function typeOnlyRanges(node: unknown, out: Array<readonly [number, number]> = []): Array<readonly [number, number]> {
  if (Array.isArray(node)) {
    for (const child of node) typeOnlyRanges(child, out);
  } else if (node && typeof node === "object" && "type" in node) {
    const { type, range, declare } = node as { type: string; range: [number, number]; declare?: boolean };
    if (type === "TSInterfaceDeclaration" || type === "TSTypeAliasDeclaration" || declare === true) out.push(range);
    else for (const [key, child] of Object.entries(node)) if (key !== "parent") typeOnlyRanges(child, out);
  }
  return out;
}

/**
 * The names in code, as TypeScript's parser tokenises the file (comments and literals are not
 * tokens of this kind); with `typescript`, not those of type-only declarations.
 */
function codeNames(text: string, jsx: boolean, typescript: boolean): Map<string, number> | undefined {
  let ast;
  try {
    ast = parseForESLint(text, { ecmaFeatures: { jsx }, range: true }).ast;
  } catch {
    return undefined;
  }
  const types = typescript ? typeOnlyRanges(ast.body) : [];
  const names = new Map<string, number>();
  for (const token of ast.tokens) {
    if (token.type !== "Identifier" && token.type !== "Keyword" && token.type !== "JSXIdentifier") continue;
    if (types.some(([from, to]) => token.range[0] >= from && token.range[1] <= to)) continue;
    // `aria-label` and `xlink:href` are JSX names of two words.
    for (const name of token.value.split(/[-:]/)) names.set(name, (names.get(name) ?? 0) + 1);
  }
  return names;
}

function lostNames(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const jsx = !/\.[cm]?ts$/.test(file);
  const typescript = /\.[cm]?tsx?$/.test(file);
  const names = codeNames(text, jsx && !file.endsWith(".ts"), typescript);
  if (!names) return [];
  const kept = new Map<string, number>();
  for (const word of withoutProse(text, { jsx, typescript }).match(/[\w$\u0080-\ufefe]+/g) ?? []) kept.set(word, (kept.get(word) ?? 0) + 1);
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
