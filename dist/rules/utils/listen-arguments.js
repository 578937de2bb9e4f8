import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { portInAddress } from "./grpc-address.js";
import { objectLiteralOf, valueOf } from "./object-literal.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { findProperty } from "./property-names.js";
import { evaluatePort } from "./static-port-value.js";
/** Node-style positional or options arguments; a bare non-numeric string is an IPC path. */
export function nodeListenPort(args, sourceCode) {
    const first = args[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement)
        return undefined;
    const options = objectLiteralOf(first, sourceCode);
    if (options)
        return optionsPort(options, sourceCode, ["host", "address", "hostname"]);
    const defaults = defaultOptions(first, sourceCode);
    if (defaults) {
        const site = optionsPort(defaults, sourceCode, ["host", "address", "hostname"]);
        return site && { ...site, value: { ...site.value, fallback: true } };
    }
    const value = evaluatePort(first, sourceCode, { stringsArePaths: true });
    if (!value)
        return undefined;
    const host = args[1] ? staticString(args[1], sourceCode) : undefined;
    return host === undefined ? { value } : { value, host };
}
/**
 * `options?.listen ?? { port: 4000 }` (Apollo's standalone server): options the caller may pass,
 * or else these; their port is a fallback.
 */
function defaultOptions(node, sourceCode) {
    let expression = unwrapExpression(node);
    if (expression.type === AST_NODE_TYPES.Identifier)
        expression = unwrapExpression(valueOf(expression, sourceCode) ?? expression);
    if (expression.type !== AST_NODE_TYPES.LogicalExpression || expression.operator === "&&")
        return undefined;
    if (ASTUtils.getStaticValue(expression.left, sourceCode.getScope(expression.left)))
        return undefined;
    const right = unwrapExpression(expression.right);
    return right.type === AST_NODE_TYPES.ObjectExpression ? right : undefined;
}
/** `{ port, host }` in an options object; no `port` key means the API's default, which is not written here. */
export function optionsPort(options, sourceCode, hostKeys = ["host", "hostname"], portOptions = {}) {
    const port = findProperty(options, "port");
    if (!port)
        return undefined;
    const value = evaluatePort(port.value, sourceCode, portOptions);
    if (!value)
        return undefined;
    for (const key of hostKeys) {
        const hostProperty = findProperty(options, key);
        const host = hostProperty ? staticString(hostProperty.value, sourceCode) : undefined;
        if (host !== undefined)
            return { value, host };
    }
    return { value };
}
/** oak's `listen(":8000")` / `listen({ port })`, Deno std's `listenAndServe("0.0.0.0:8080", h)`. */
export function addressOrOptionsPort(args, sourceCode) {
    const first = args[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement)
        return undefined;
    const options = objectLiteralOf(first, sourceCode);
    if (options)
        return optionsPort(options, sourceCode);
    const address = portInAddress(first, sourceCode);
    return address && (address.host ? { value: address.value, host: address.host } : { value: address.value });
}
/** The first object argument of a factory (`Deno.serve(handler)` has none; `Deno.serve({ port }, handler)` has). */
export function firstOptionsObject(args, sourceCode) {
    for (const argument of args.slice(0, 2)) {
        if (argument.type === AST_NODE_TYPES.SpreadElement)
            return undefined;
        const object = objectLiteralOf(argument, sourceCode);
        if (object)
            return { object, argument };
    }
    return undefined;
}
function staticString(node, sourceCode) {
    const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
    return typeof result?.value === "string" ? result.value : undefined;
}
