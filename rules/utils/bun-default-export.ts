// Bun runs a module whose default export is a server description: `export default { port: 3000,
// fetch(req) { … } }` (also `satisfies Serve`, or `{ port, fetch: app.fetch }` for a Hono or
// Elysia app) is `Bun.serve` of that object (bun.sh/docs/api/http, "export default syntax").
// Both keys must be written: `fetch` says it is a server, `port` that it chose one.
import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
import { optionsPort } from "./listen-arguments.js";
import type { CodeSite } from "./make-code-listener.js";
import { objectLiteralOf } from "./object-literal.js";
import { hasProperty } from "./property-names.js";

export function defaultExportedServer(node: TSESTree.ExportDefaultDeclaration, source: CodeSource): CodeSite[] {
  const object = objectLiteralOf(node.declaration, source);
  if (!object || !hasProperty(object, "fetch")) return [];
  const site = optionsPort(object, source);
  return site ? [{ ...site, framework: "bun", protocol: "tcp" }] : [];
}
