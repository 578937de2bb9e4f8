// The port inside a gRPC bind address: "0.0.0.0:50051", "[::]:50051", `0.0.0.0:${port}`,
// "localhost:" + PORT. grpc-js parses the address as host:port (grpc/proposal L41); the origin is
// the port digits inside the string. "unix:" addresses have no port.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import type { CodeSource } from "./code-source.js";
import { valueOf } from "./object-literal.js";
import { evaluatePort, type PortValue } from "./static-port-value.js";
import { unwrapExpression } from "./unwrap-expression.js";

const MAX_DEPTH = 8;

export interface AddressPort {
  value: PortValue;
  host?: string;
}

export function portInAddress(node: TSESTree.Node, sourceCode: CodeSource, depth = 0): AddressPort | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Literal:
      return typeof expression.value === "string" ? fromText(expression.value, expression.range[0] + 1) : undefined;
    case AST_NODE_TYPES.TemplateLiteral:
      return fromTemplate(expression, sourceCode);
    case AST_NODE_TYPES.BinaryExpression:
      return fromConcatenation(expression, sourceCode);
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      const value = valueOf(expression, sourceCode);
      return value ? portInAddress(value, sourceCode, depth + 1) : fromStaticValue(expression, sourceCode);
    }
    default:
      return fromStaticValue(expression, sourceCode);
  }
}

/** `start` is the offset of the text's first character in the file. */
function fromText(text: string, start: number): AddressPort | undefined {
  if (text.startsWith("unix:") || text.startsWith("unix-abstract:")) return undefined;
  const match = /^(?:dns:|ipv4:|ipv6:)?(.*):([^:\]]*)$/.exec(text);
  if (!match || match[1] === undefined || match[2] === undefined) return undefined;
  const host = match[1].replace(/^\[(.*)\]$/, "$1");
  const from = start + text.length - match[2].length;
  const range: [number, number] = [from, start + text.length];
  if (/^\d+$/.test(match[2])) return { value: { kind: "port", port: Number(match[2]), range, fallback: false }, host };
  return { value: { kind: "malformed", text: JSON.stringify(match[2]), range, fallback: false }, host };
}

function fromTemplate(node: TSESTree.TemplateLiteral, sourceCode: CodeSource): AddressPort | undefined {
  const last = node.quasis[node.quasis.length - 1];
  if (!last) return undefined;
  if (node.expressions.length === 0) return fromText(last.value.cooked ?? "", node.range[0] + 1);
  const before = node.quasis[node.quasis.length - 2];
  const lastExpression = node.expressions[node.expressions.length - 1];
  // `${host}:${port}` or `0.0.0.0:${port}`: the port is the last substitution.
  if (last.value.cooked === "" && before?.value.cooked?.endsWith(":") && lastExpression) {
    const value = evaluatePort(lastExpression, sourceCode);
    return value ? { value } : undefined;
  }
  // `${host}:50051`: the digits are in the last text part, just before the closing backtick.
  const digits = /:(\d+)$/.exec(last.value.cooked ?? "");
  if (!digits?.[1]) return undefined;
  const end = node.range[1] - 1;
  return { value: { kind: "port", port: Number(digits[1]), range: [end - digits[1].length, end], fallback: false } };
}

function fromConcatenation(node: TSESTree.BinaryExpression, sourceCode: CodeSource): AddressPort | undefined {
  if (node.operator !== "+") return undefined;
  const left = ASTUtils.getStaticValue(node.left, sourceCode.getScope(node.left));
  if (typeof left?.value === "string" && left.value.endsWith(":")) {
    const value = evaluatePort(node.right, sourceCode);
    return value ? { value, host: left.value.slice(0, -1) } : undefined;
  }
  return fromStaticValue(node, sourceCode);
}

/** A computed address (`HOST + ":50051"`): the port is known, the token is the whole expression. */
function fromStaticValue(node: TSESTree.Node, sourceCode: CodeSource): AddressPort | undefined {
  const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
  if (typeof result?.value !== "string") return undefined;
  const parsed = fromText(result.value, 0);
  return parsed ? { ...parsed, value: { ...parsed.value, range: node.range } } : undefined;
}
