/**
 * One listener form: words that must all appear in the code, and, for a form that works only on
 * what a module makes (hapi's `server`, a dgram socket's `bind`), the modules (by their word) of
 * which the file must name one, itself or through the local modules it imports.
 */
interface Form {
    words: readonly string[];
    modules?: readonly string[];
}
/**
 * False only when the file cannot open a listener the collector would find: no listener form's
 * words are in `text` (or its module is named nowhere the collector looks), and `filename` is not
 * a bundler config the collector reads by name. `physicalFilename` is where its imports resolve
 * from (ESLint's for a code block of a Markdown file).
 */
export declare function mayOpenListener(text: string, filename: string, physicalFilename?: string): boolean;
/**
 * The same for a file ESLint has parsed, asked once per file however many rules ask: `key` is an
 * object ESLint shares between the rules of one file (its SourceCode).
 */
export declare function mayOpenListenerIn(key: object, text: string, filename: string, physicalFilename?: string): boolean;
/** The words the test looks for, for the docs and the tests. */
export declare function prefilterForms(): readonly Form[];
export {};
