// Which front end reads a file: by name first (the names Compose, GitHub and dotenv tools look
// for), then by content for YAML whose name says nothing (`deploy.yaml`, `helm template` output)
// and for JSON, which `kubectl apply -f` takes as well (JSON is YAML 1.2 flow syntax).
import { isScalar, isMap } from "yaml";
import { scalarValue } from "./yaml.js";
import { mapGet } from "./yaml-walk.js";
const YAML_NAME = /\.ya?ml$/i;
const JSON_NAME = /\.json$/i;
// JSON files of JS tooling, never manifests, often large (package-lock.json): not read at all.
const TOOLING_JSON = /^(?:package(?:-lock)?|npm-shrinkwrap|composer|deno|bun|lerna|nx|turbo|renovate|(?:ts|js)config(?:\..+)?|\.eslintrc|\.prettierrc|\.babelrc)\.json$/i;
// compose-go cli/options.go DefaultFileNames/DefaultOverrideFileNames, plus the `-f` names people use.
const COMPOSE_NAME = /^(?:compose\.ya?ml|docker-compose[^/]*\.ya?ml|compose\.[^/]+\.ya?ml)$/i;
const WORKFLOW_PATH = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
// `.env`, `.env.local`, `prod.env`; not `.envrc` (direnv shell script).
const ENV_NAME = /^(?:\.env|\.env\..+|.+\.env)$/i;
// `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile` (Podman, Buildah), as hadolint,
// BuildKit and VS Code name them; not `Dockerfile.dockerignore` (BuildKit's per-Dockerfile ignore
// file) nor a template for one (`Dockerfile.j2`, `Dockerfile.tmpl`), which is not a Dockerfile yet.
const DOCKERFILE_NAME = /^(?:(?:docker|container)file(?:\.[^/]+)?|[^/]+\.(?:docker|container)file)$/i;
const NOT_A_DOCKERFILE = /\.(?:dockerignore|j2|jinja2?|tmpl|tpl|template|in|erb|mustache|hbs|ejs|njk|gotmpl|md|txt|sh|ya?ml|json|bak|orig|swp)$/i;
export function isDockerfileName(name) {
    return DOCKERFILE_NAME.test(name) && !NOT_A_DOCKERFILE.test(name);
}
function baseName(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
export function isYamlName(name) {
    return YAML_NAME.test(name);
}
// JS/TS sources the ESLint rules lint when `scan` checks code too; not declarations. (Minified
// bundles are code, skipped as vendored: see vendored.ts.)
const CODE_NAME = /^(?!.*\.d\.[cm]?ts$).+\.(?:[cm]?[jt]s|[jt]sx)$/i;
export function isCodeName(name) {
    return CODE_NAME.test(name);
}
const DECLARATION_NAME = /\.d\.[cm]?ts$/i;
/** A TypeScript declaration file (`types.d.ts`): types only, nothing in it runs. */
export function isDeclarationName(name) {
    return DECLARATION_NAME.test(name);
}
export function isJsonName(name) {
    return JSON_NAME.test(name);
}
/** Names a directory walk keeps; everything else is not read at all. */
export function isCandidateName(name) {
    return YAML_NAME.test(name) || ENV_NAME.test(name) || isDockerfileName(name) || (JSON_NAME.test(name) && !TOOLING_JSON.test(name));
}
/** The kind a file's path alone decides (forward-slash path). */
export function kindFromPath(path) {
    const name = baseName(path);
    if (WORKFLOW_PATH.test(path))
        return "actions";
    if (COMPOSE_NAME.test(name))
        return "compose";
    if (ENV_NAME.test(name))
        return "env";
    if (isDockerfileName(name))
        return "dockerfile";
    return undefined;
}
// A top-level key any of our kinds needs, optionally quoted; cheap enough to run before parsing.
const CONFIG_KEY = /^["']?(?:apiVersion|kind|services|jobs)["']?[ \t]*:/m;
// A document written in flow style or as JSON (`{apiVersion: v1, …}`, `--- {"kind": …}`), and
// one of those keys inside a flow mapping.
const FLOW_DOCUMENT = /^(?:---[ \t]+)?\{/m;
const FLOW_KEY = /[{,][ \t\r\n]*["']?(?:apiVersion|kind|services|jobs)["']?[ \t]*:/;
// JSON whose top-level object opens with one of Kubernetes' keys, as kubectl writes it.
const MANIFEST_JSON = /^\s*\{\s*"(?:apiVersion|kind)"\s*:/;
function configKey(text) {
    const key = CONFIG_KEY.exec(text)?.[0] ?? (FLOW_DOCUMENT.test(text) ? FLOW_KEY.exec(text)?.[0] : undefined);
    return key?.replace(/["'\s:{,]/g, "");
}
/** False when a YAML or JSON text cannot be one of our kinds, so it need not be parsed. */
export function mayBeConfig(text) {
    return configKey(text) !== undefined;
}
/**
 * For a `.json` file: false when it is JSON whose top-level object lacks the keys one of our kinds
 * needs. A TypeDoc dump has `"kind":` in every nested object, which mayBeConfig cannot tell from
 * a manifest, and parsing 12 MB of it as YAML took 7 s (medusa); JSON.parse takes milliseconds.
 * JSON that does not parse (comments, YAML in a .json) is left to the YAML parser.
 */
export function jsonMayBeConfig(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return true;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    const has = (key) => Object.hasOwn(value, key);
    return (has("apiVersion") && has("kind")) || has("services") || has("jobs");
}
/**
 * For JSON that did not parse: whether it is recognisably a manifest (reported as not checked)
 * rather than some other tool's JSON that happens to name these keys (skipped).
 */
export function looksLikeManifestJson(text) {
    return MANIFEST_JSON.test(text);
}
/** The kind a text's first top-level key suggests, for naming a file that did not parse. */
export function guessKind(text) {
    const key = configKey(text);
    if (key === "apiVersion" || key === "kind")
        return "kubernetes";
    if (key === "services")
        return "compose";
    return key === "jobs" ? "actions" : undefined;
}
/** True when a document has `apiVersion` and `kind` strings (a Kubernetes object, `kind: List` too). */
export function isKubernetesDocument(ydoc) {
    const apiVersion = mapGet(ydoc.doc.contents, "apiVersion", ydoc);
    const kind = mapGet(ydoc.doc.contents, "kind", ydoc);
    return isScalar(apiVersion) && typeof scalarValue(apiVersion) === "string" && isScalar(kind) && typeof scalarValue(kind) === "string";
}
/** `on:` and `jobs:` (a mapping) at the top: a GitHub Actions workflow. */
export function isWorkflowDocument(ydoc) {
    const root = ydoc.doc.contents;
    // YAML 1.1 tools read an unquoted `on` as true; the 1.2 reader used here keeps the string.
    return mapGet(root, "on", ydoc) !== undefined && isMap(mapGet(root, "jobs", ydoc));
}
/**
 * The kind of YAML documents whose path decided nothing. Workflows are recognised by content only
 * when the file was named on the command line: outside `.github/workflows` GitHub never runs them.
 */
export function kindFromDocuments(ydocs, explicit, tests) {
    const present = ydocs.filter((ydoc) => ydoc.doc.contents !== null);
    if (present.length === 0)
        return { kind: undefined, reason: "no YAML documents" };
    if (present.some(isKubernetesDocument))
        return { kind: "kubernetes" };
    if (present.some(tests.isComposeDocument))
        return { kind: "compose" };
    if (present.some(isWorkflowDocument)) {
        return explicit ? { kind: "actions" } : { kind: undefined, reason: "a workflow outside .github/workflows (name the file to scan it)" };
    }
    return {
        kind: undefined,
        reason: "not compose (no compose-shaped services:), not Kubernetes (no apiVersion and kind), not a workflow",
    };
}
