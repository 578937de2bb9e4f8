/** The word a module is written with wherever it is named: the last segment of its name, without a file extension. */
export declare function moduleWord(module: string): string;
/** The text of `filename` without comments and prose strings (code-words.ts), keeping the strings `keepString` accepts. */
export declare function codeOf(text: string, filename: string, keepString?: (content: string) => boolean): string;
export declare function relativeSpecifiers(text: string): string[];
export interface ModuleReach {
    /**
     * Whether the code of `file` names one of `modules`, or a local module it imports, directly or
     * not, does or is one (`require("..")` inside hapi's repository is hapi: module-resolution.ts).
     */
    names(file: string, text: string, modules: readonly string[]): boolean;
}
/** A reach over the modules written with `words` (moduleWord), with its own cache of the modules it reads. */
export declare function moduleReach(words: Iterable<string>): ModuleReach;
