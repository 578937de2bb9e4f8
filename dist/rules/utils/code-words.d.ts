/**
 * `jsx`: the file may hold JSX (anything but .ts, .mts and .cts). `keepString`: which string
 * contents without whitespace to keep (default: all of them); the others go as prose does.
 */
export declare function withoutProse(text: string, jsx: boolean, keepString?: (content: string) => boolean): string;
