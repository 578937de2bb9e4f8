// TypeScript erased to JavaScript at the same offsets (rules/utils/erase-types.ts): what each
// form erases to, what does not erase, and, over every TypeScript file of the fixtures and the
// shared corpus, that offsets and line breaks stay where they were and espree reads the result.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as espree from "espree";
import { describe, expect, it } from "vitest";
import { eraseTypes } from "../../../rules/utils/erase-types.js";

describe("eraseTypes", () => {
  it.each([
    ["parameter and return types", "function f(a?: number, b: string = 'x'): void {}", "function f(a         , b         = 'x')       {}"],
    ["a `this` parameter", "function f(this: Server, port: number) {}", "function f(              port        ) {}"],
    ["variable types and definite assignment", "let port!: number;\nconst host: string = 'h';", "let port         ;\nconst host         = 'h';"],
    ["as, satisfies, non-null, in parentheses", "const p = (env.PORT as string)!;\nconst o = { port: 1 } satisfies Options;", "const p = (env.PORT          ) ;\nconst o = { port: 1 }                  ;"],
    ["a prefix assertion", "const port = <number>(value);", "const port =         (value);"],
    ["an object asserted where it stays an object (elysia's `<Macro>{}`)", "const macro = <Macro>{};\nf(<T>{ port: 1 });", "const macro =        {};\nf(   { port: 1 });"],
    ["type arguments and instantiation", "const m = new Map<string, number>();\nconst s = f<T>(1);\nconst g = f<T>;", "const m = new Map                ();\nconst s = f   (1);\nconst g = f   ;"],
    ["type-only imports and exports", 'import type { A } from "a";\nimport { type B, C } from "b";\nexport { type B, C };\nexport type { A };', ';                          \nimport {         C } from "b";\nexport {         C };\n;                 '],
    ["type declarations and overloads", "type P = number\ninterface I {}\ndeclare const x: P;\nfunction f(a: string): void;\nfunction f(a) {}", ";              \n;             \n;                  \n;                           \nfunction f(a) {}"],
    [
      "class modifiers, implements, index signatures and declare fields",
      "abstract class A<T> extends B<T> implements C, D {\n  private readonly port?: number = 80;\n  declare host: string;\n  [key: string]: unknown;\n  abstract start(): void;\n}",
      "         class A    extends B                    {\n                   port          = 80;\n  ;                    \n  ;                      \n  ;                      \n}",
    ],
    ["an arrow's return type over several lines: the `)` moves to the arrow", "const f = async (a): Promise<{\n  x: number\n}> => a;", "const f = async (a            \n           \n ) => a;"],
    ["a typed field without `;` before a line starting with `get`'s next word", "class A {\n  get!: Handler\n  put!: Handler\n}", "class A {\n  get         ;\n  put         ;\n}"],
  ])("erases %s", (_name, typescript, javascript) => {
    expect(eraseTypes(typescript, "/repo/src/a.ts")).toBe(javascript);
  });

  it("keeps JSX in .tsx files and erases its type arguments", () => {
    expect(eraseTypes("const e = <List<Item> items={items as Item[]} />;", "/repo/a.tsx")).toBe("const e = <List       items={items          } />;");
  });

  it.each([
    ["an enum", "enum Port { Http = 8080 }"],
    ["a namespace with values", "namespace N { export const port = 1; }"],
    ["a parameter property", "class S { constructor(private port: number) {} }"],
    ["export =", "export = server;"],
    ["import = require", 'import http = require("http");'],
    ["a decorator", "@Controller() class C {}"],
    ["an object asserted as an arrow's body, which would become a block", "const f = (x) => <T>{ port: x };"],
    ["an assertion opening a statement, which would become a block", "<T>{ port: 1 }.port;"],
    ["a file that does not parse", "const = 1;"],
  ])("does not erase %s: the TypeScript parser reads it", (_name, typescript) => {
    expect(eraseTypes(typescript, "/repo/src/a.ts")).toBeUndefined();
  });
});

const FIXTURES = fileURLToPath(new URL("../../../fixtures/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));

function typeScriptFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(?:[cm]?ts|tsx)$/.test(name))
    .map((name) => join(dir, name));
}

describe("over real files", () => {
  const files = [...typeScriptFilesUnder(FIXTURES), ...(existsSync(CORPUS) ? typeScriptFilesUnder(CORPUS) : [])];
  it(`keeps every offset and line break, and espree reads the result (${files.length} files${existsSync(CORPUS) ? "" : "; ../shared/corpus is absent, fixtures only"})`, () => {
    let erased = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const out = eraseTypes(text, file);
      if (out === undefined) continue;
      erased++;
      expect(out.length, file).toBe(text.length);
      expect([...out.matchAll(/\r?\n/g)].map((m) => m.index), file).toEqual([...text.matchAll(/\r?\n/g)].map((m) => m.index));
      expect(() => espree.parse(out, { ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: file.endsWith("x") } }), file).not.toThrow();
    }
    expect(erased).toBeGreaterThan(files.length / 2);
  });
});
