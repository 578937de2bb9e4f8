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
