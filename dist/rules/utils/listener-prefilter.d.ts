/** One listener form: words that must all appear in the text for the form to be possible. */
type Form = readonly string[];
/**
 * False only when the file cannot open a listener the collector would find: no listener form's
 * words are in `text`, and `filename` is not a bundler config the collector reads by name.
 */
export declare function mayOpenListener(text: string, filename: string): boolean;
/**
 * The same for a file ESLint has parsed, asked once per file however many rules ask: `key` is an
 * object ESLint shares between the rules of one file (its SourceCode).
 */
export declare function mayOpenListenerIn(key: object, text: string, filename: string): boolean;
/** The words the test looks for, for the docs and the tests. */
export declare function prefilterForms(): readonly Form[];
export {};
