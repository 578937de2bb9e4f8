import type { FileContext } from "../file-context.js";
/** A variable's value in a stage, and whether a build argument can replace it. */
export interface StageValue {
    value: string;
    fromArg: boolean;
}
/** An argument of an instruction: its text as written and where it starts in the file. */
export interface Token {
    text: string;
    start: number;
}
export interface Stage {
    /** `AS <name>`, lower-cased as BuildKit compares it. */
    name?: string;
    /** The FROM image after substitution: another stage's name, an image reference, or undefined. */
    from?: string;
    /** Variables set so far, in order: ARG (with fallback) and ENV. */
    variables: Map<string, StageValue>;
    /** The last USER of the stage, after substitution; undefined: not set in this stage. */
    user?: {
        value?: string;
    };
    /** EXPOSE arguments with the variables as they were when the instruction ran. */
    exposes: Array<{
        token: Token;
        variables: ReadonlyMap<string, StageValue>;
    }>;
}
/** A value with its variables substituted; undefined when one of them is unknown. */
export declare function substitute(text: string, variables: ReadonlyMap<string, StageValue>): StageValue | undefined;
/**
 * The text with the instructions that cannot matter here emptied, line for line, so that every
 * line and column stays where it was: dockerfile-ast tokenizes every argument of every
 * instruction while parsing, and RUN lines are most of a real Dockerfile. A file with a parser
 * directive changing the escape character, or with a heredoc (whose body may look like
 * instructions), is parsed as written from there on.
 */
export declare function relevantText(text: string): string;
export declare function readStages(file: FileContext): Stage[];
