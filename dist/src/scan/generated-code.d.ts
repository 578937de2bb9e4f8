/** Why a JS/TS file is generated, or undefined; a file that cannot be read is the linter's to report. */
export declare function generatedCodeReason(absolute: string): string | undefined;
