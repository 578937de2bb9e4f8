// Local modules read to follow an import: `const app = require("./app"); app.listen(3000)` is a
// listener only if ./app exports an app or server, which only ./app can say. A module is read
// only when a listen-like call's receiver comes from it, parsed once per process and kept while
// its size and mtime stay the same. Bounds keep a file's lint cost independent of the
// repository: modules over MAX_BYTES are not read, at most MAX_MODULES are kept, and the tracker
// follows at most a few imports in a row (module-tracker.ts).
import { readFileSync, statSync } from "node:fs";
import { parseForESLint } from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { BoundedCache } from "./bounded-cache.js";
import { setFileOf, type CodeSource } from "./code-source.js";
import { exportTable, type ExportTable } from "./module-exports.js";

export interface LocalModule {
  file: string;
  source: CodeSource;
  exports: ExportTable;
  /** Per-export answers of the tracker, filled by module-tracker.ts. */
  memo: Map<string, unknown>;
}

/** An app module is small; a file this big is generated or bundled, and not an app's entry. */
const MAX_BYTES = 1024 * 1024;
const MAX_MODULES = 256;

interface Entry {
  mtimeMs: number;
  size: number;
  module: LocalModule | null;
}

const modules = new BoundedCache<string, Entry>(MAX_MODULES);

export function loadLocalModule(file: string): LocalModule | undefined {
  let stat;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!stat?.isFile() || stat.size > MAX_BYTES) return undefined;
  const cached = modules.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.module ?? undefined;
  const module = parseModule(file);
  modules.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, module: module ?? null });
  return module;
}

function parseModule(file: string): LocalModule | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const parsed = parseLeniently(text, file);
  if (!parsed) return undefined;
  const { ast, scopeManager, visitorKeys } = parsed;
  setParents(ast, visitorKeys);
  setFileOf(ast as TSESTree.Program, file);
  const program = ast as TSESTree.Program;
  const source: CodeSource = { ast: program, getScope: (node) => scopeOf(scopeManager as unknown as ScopeManager, node) };
  return { file, source, exports: exportTable(program), memo: new Map() };
}

type Parsed = ReturnType<typeof parseForESLint>;

/** Module syntax first; then a sloppy-mode script (`with`, octal literals), then JSX in a .js file. */
function parseLeniently(text: string, file: string): Parsed | undefined {
  const jsx = /\.[cm]?[jt]sx$/.test(file);
  const attempts = [
    { sourceType: "module" as const, jsx },
    { sourceType: "script" as const, jsx },
    ...(jsx || /\.tsx?$/.test(file) ? [] : [{ sourceType: "module" as const, jsx: true }]),
  ];
  for (const attempt of attempts) {
    try {
      return parseForESLint(text, { ...attempt, ecmaVersion: "latest", range: true, loc: false, comment: false, tokens: false, filePath: file, warnOnUnsupportedTypeScriptVersion: false, ecmaFeatures: { jsx: attempt.jsx } });
    } catch {
      // try the next mode
    }
  }
  return undefined;
}

type VisitorKeys = Parsed["visitorKeys"];

/** The scope analysis needs `parent` links, which ESLint sets while it walks; we walk once here. */
function setParents(root: Parsed["ast"], keys: VisitorKeys): void {
  const stack: { node: Record<string, unknown>; parent: unknown }[] = [{ node: root as unknown as Record<string, unknown>, parent: undefined }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, parent } = item;
    node.parent = parent;
    for (const key of keys[node.type as string] ?? []) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const each of child) if (each && typeof each === "object" && "type" in each) stack.push({ node: each as Record<string, unknown>, parent: node });
      } else if (child && typeof child === "object" && "type" in child) stack.push({ node: child as Record<string, unknown>, parent: node });
    }
  }
}

interface ScopeManager {
  scopes: TSESLint.Scope.Scope[];
  acquire(node: TSESTree.Node, inner?: boolean): TSESLint.Scope.Scope | null;
}

/** ESLint's SourceCode#getScope: the innermost scope that contains the node. */
function scopeOf(manager: ScopeManager, node: TSESTree.Node): TSESLint.Scope.Scope {
  const inner = node.type !== "Program";
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = manager.acquire(current, inner);
    if (scope) return scope.type === "function-expression-name" ? (scope.childScopes[0] ?? scope) : scope;
  }
  return manager.scopes[0]!;
}
