export interface ProseOptions {
    /** The file may hold JSX (anything but .ts, .mts and .cts). */
    jsx: boolean;
    /** The file is TypeScript: its type-only declarations go. */
    typescript?: boolean;
    /** Which string contents without whitespace to keep (default: all); the others go as prose does. */
    keepString?: (content: string) => boolean;
}
export declare function withoutProse(text: string, options: ProseOptions): string;
