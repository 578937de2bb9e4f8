/** One line of terminal-safe text: every control character written as an escape. */
export declare function escapeControl(text: string): string;
/** The same for a text of several lines of our own making, whose line breaks are kept. */
export declare function escapeControlKeepingLines(text: string): string;
