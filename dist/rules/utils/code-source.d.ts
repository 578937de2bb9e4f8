import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
export interface CodeSource {
    readonly ast: TSESTree.Program;
    getScope(node: TSESTree.Node): TSESLint.Scope.Scope;
}
/** Records the file a program was read from (an absolute path, or a name that is no file). */
export declare function setFileOf(program: TSESTree.Program, file: string): void;
export declare function fileOf(source: CodeSource): string | undefined;
export interface ScopeManager {
    scopes: TSESLint.Scope.Scope[];
    acquire(node: TSESTree.Node, inner?: boolean): TSESLint.Scope.Scope | null;
}
/** ESLint's SourceCode#getScope: the innermost scope that contains the node. */
export declare function innermostScope(manager: ScopeManager, node: TSESTree.Node): TSESLint.Scope.Scope;
