import type { FileKind } from "./types.js";
import { type YamlDoc } from "./yaml-walk.js";
export type Detection = {
    kind: FileKind;
} | {
    kind: undefined;
    reason: string;
};
export declare function isDockerfileName(name: string): boolean;
export declare function isYamlName(name: string): boolean;
export declare function isCodeName(name: string): boolean;
/** A TypeScript declaration file (`types.d.ts`): types only, nothing in it runs. */
export declare function isDeclarationName(name: string): boolean;
export declare function isJsonName(name: string): boolean;
/** Names a directory walk keeps; everything else is not read at all. */
export declare function isCandidateName(name: string): boolean;
/** The kind a file's path alone decides (forward-slash path). */
export declare function kindFromPath(path: string): FileKind | undefined;
/** False when a YAML or JSON text cannot be one of our kinds, so it need not be parsed. */
export declare function mayBeConfig(text: string): boolean;
/**
 * For a `.json` file: false when it is JSON whose top-level object lacks the keys one of our kinds
 * needs. A TypeDoc dump has `"kind":` in every nested object, which mayBeConfig cannot tell from
 * a manifest, and parsing 12 MB of it as YAML took 7 s (medusa); JSON.parse takes milliseconds.
 * JSON that does not parse (comments, YAML in a .json) is left to the YAML parser.
 */
export declare function jsonMayBeConfig(text: string): boolean;
/**
 * For JSON that did not parse: whether it is recognisably a manifest (reported as not checked)
 * rather than some other tool's JSON that happens to name these keys (skipped).
 */
export declare function looksLikeManifestJson(text: string): boolean;
/** The kind a text's first top-level key suggests, for naming a file that did not parse. */
export declare function guessKind(text: string): FileKind | undefined;
/** True when a document has `apiVersion` and `kind` strings (a Kubernetes object, `kind: List` too). */
export declare function isKubernetesDocument(ydoc: YamlDoc): boolean;
/** `on:` and `jobs:` (a mapping) at the top: a GitHub Actions workflow. */
export declare function isWorkflowDocument(ydoc: YamlDoc): boolean;
export interface ContentTests {
    isComposeDocument: (ydoc: YamlDoc) => boolean;
}
/**
 * The kind of YAML documents whose path decided nothing. Workflows are recognised by content only
 * when the file was named on the command line: outside `.github/workflows` GitHub never runs them.
 */
export declare function kindFromDocuments(ydocs: readonly YamlDoc[], explicit: boolean, tests: ContentTests): Detection;
