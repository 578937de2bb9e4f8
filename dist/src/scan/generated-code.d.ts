/** Why a JS/TS file is generated, or undefined. */
export declare function generatedCodeReason(text: string, path: string): string | undefined;
