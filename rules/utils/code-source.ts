// What the collector needs of a parsed file: its tree and its scopes. ESLint's SourceCode is one;
// a local module parsed to follow an import (local-modules.ts) is another. Each program is tied
// to the file it was read from, so a relative import inside it resolves against the right folder.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

export interface CodeSource {
  readonly ast: TSESTree.Program;
  getScope(node: TSESTree.Node): TSESLint.Scope.Scope;
}

const files = new WeakMap<TSESTree.Program, string>();

/** Records the file a program was read from (an absolute path, or a name that is no file). */
export function setFileOf(program: TSESTree.Program, file: string): void {
  files.set(program, file);
}

export function fileOf(source: CodeSource): string | undefined {
  return files.get(source.ast);
}

export interface ScopeManager {
  scopes: TSESLint.Scope.Scope[];
  acquire(node: TSESTree.Node, inner?: boolean): TSESLint.Scope.Scope | null;
}

/** ESLint's SourceCode#getScope: the innermost scope that contains the node. */
export function innermostScope(manager: ScopeManager, node: TSESTree.Node): TSESLint.Scope.Scope {
  const inner = node.type !== "Program";
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = manager.acquire(current, inner);
    if (scope) return scope.type === "function-expression-name" ? (scope.childScopes[0] ?? scope) : scope;
  }
  return manager.scopes[0]!;
}
