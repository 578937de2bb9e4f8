import { optionsPort } from "./listen-arguments.js";
import { objectLiteralOf } from "./object-literal.js";
import { hasProperty } from "./property-names.js";
export function defaultExportedServer(node, source) {
    const object = objectLiteralOf(node.declaration, source);
    if (!object || !hasProperty(object, "fetch"))
        return [];
    const site = optionsPort(object, source);
    return site ? [{ ...site, framework: "bun", protocol: "tcp" }] : [];
}
