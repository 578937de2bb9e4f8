import type { Linter } from "eslint";
export declare function typescriptParser(version: string): Linter.Parser;
