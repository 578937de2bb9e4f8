// The parser the plugin's configs give TypeScript files: @typescript-eslint/parser, loaded on the
// first TypeScript file. It and TypeScript are optional peers, so a JavaScript-only project
// installs neither and never loads them; a project that lints TypeScript has them already
// (typescript-eslint depends on the parser). Delegating keeps ESLint's parser contract: the
// parser's own result (AST, scope manager, visitor keys, parser services for type-aware rules)
// and its own syntax errors, with their line and column, pass through unchanged. Without the
// parser, each TypeScript file gets one parsing error that says what to install.
import { createRequire } from "node:module";
const PARSER = "@typescript-eslint/parser";
let loaded;
function load() {
    if (loaded)
        return loaded;
    try {
        loaded = createRequire(import.meta.url)(PARSER);
        return loaded;
    }
    catch (error) {
        // "Cannot find module" says nothing the sentence does not; another failure is worth its reason.
        const missing = error.code === "MODULE_NOT_FOUND" && String(error.message).includes(`'${PARSER}'`);
        const reason = missing ? "" : ` (${String(error.message).split("\n")[0]})`;
        throw new Error(`TypeScript files need ${PARSER} and typescript: npm install --save-dev typescript-eslint typescript${reason}`, { cause: error });
    }
}
export function typescriptParser(version) {
    return {
        meta: { name: "eslint-plugin-port-policy/typescript-parser", version },
        parseForESLint(code, options) {
            const parser = load();
            if ("parseForESLint" in parser)
                return parser.parseForESLint(code, options);
            return { ast: parser.parse(code, options) };
        },
    };
}
