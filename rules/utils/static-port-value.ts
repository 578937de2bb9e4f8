// The port an expression evaluates to, with the exact token that wrote it. Handles literals,
// numeric strings and templates, const and single-write variables, object properties, `this.x`
// set once in a class, Number()/parseInt(radix)/parseFloat()/unary + with ECMAScript's rules
// (number-conversion.ts), local helpers that pass their argument through (express-generator's
// `normalizePort(process.env.PORT || "3000")`), and env fallbacks (`process.env.PORT || 3000`,
// `?? 8080`, `parseInt(process.env.PORT || "3000", 10)`, `let port = 3000; if (env) port = …`):
// there the fallback literal is the port, marked as such. Also Express settings
// (`app.get("port")`, setting-value.ts), a parameter's values at its call sites (one port per
// call, call-site-arguments.ts), and constants exported by local modules (imported-value.ts,
// located at their use). Anything else goes to ASTUtils.getStaticValue; what stays unknown is
// skipped.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { thisPropertyValue } from "./class-members.js";
import type { CodeSource } from "./code-source.js";
import { envKeyOf, isEnvObject, numberConversionOf } from "./env-key.js";
import { convertText, type Conversion } from "./number-conversion.js";
import { followPath, valueOf } from "./object-literal.js";
import { callSiteArguments } from "./call-site-arguments.js";
import { importedValue } from "./imported-value.js";
import { passedThroughArgument } from "./pass-through-call.js";
import { settingValue } from "./setting-value.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";

interface ValueBase {
  /** Source offsets of the token: the number literal, or the digits inside a string. */
  range: [number, number];
  /** Comes from a default that applies only when the real source (usually an env var) is unset. */
  fallback: boolean;
  envKey?: string;
  /** For one of a parameter's values: the argument of the call that passed it. */
  chosenAt?: [number, number];
}

type Single = (ValueBase & { kind: "port"; port: number }) | (ValueBase & { kind: "malformed"; text: string });

/** One value, or (a parameter's values at several call sites) the first with the others beside it. */
export type PortValue = Single & { alternatives?: Single[] };

export interface PortOptions {
  /**
   * A non-numeric string there is not a port: Node's `listen("name")` opens an IPC pipe, and
   * webpack-dev-server's `port: "auto"` picks a free port.
   */
  stringsArePaths?: boolean;
  /** hapi's `port`: a string with a `/` or `\` is a socket path or a named pipe; other words are mistakes. */
  pathsHaveSeparators?: boolean;
}

/** A value before it is read as a port: a number, or a string (a string keeps its text for conversions). */
type Raw = (
  | (ValueBase & { kind: "number"; value: number; text: string })
  /** `start`: offset of the text's first character in the file, when the text is written there. */
  | (ValueBase & { kind: "text"; text: string; start?: number })
  | (ValueBase & { kind: "nan"; text: string })
) & { alternatives?: Raw[] };

const MAX_DEPTH = 12;

export function evaluatePort(node: TSESTree.Node, source: CodeSource, options: PortOptions = {}): PortValue | undefined {
  const raw = evaluateRaw(node, source, 0);
  if (!raw) return undefined;
  const first = toPort(raw, options);
  const others = (raw.alternatives ?? []).flatMap((each) => toPort(each, options) ?? []);
  if (!first) return others[0] && (others.length > 1 ? { ...others[0], alternatives: others.slice(1) } : others[0]);
  return others.length > 0 ? { ...first, alternatives: others } : first;
}

/** Applies `map` to a value and to each of its alternatives. */
function each(raw: Raw | undefined, map: (value: Raw) => Raw | undefined): Raw | undefined {
  if (!raw) return undefined;
  const { alternatives, ...first } = raw;
  const mapped = map(first);
  const others = (alternatives ?? []).flatMap((value) => map(value) ?? []);
  if (others.length === 0) return mapped;
  return mapped ? { ...mapped, alternatives: others } : { ...others[0]!, alternatives: others.slice(1) };
}

function evaluateRaw(node: TSESTree.Node, source: CodeSource, depth: number): Raw | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  const next = (child: TSESTree.Node): Raw | undefined => evaluateRaw(child, source, depth + 1);
  switch (expression.type) {
    case AST_NODE_TYPES.Literal:
      return fromLiteral(expression);
    case AST_NODE_TYPES.TemplateLiteral:
      if (expression.expressions.length === 0) return textAt(expression.quasis[0]?.value.cooked ?? "", expression.range[0] + 1, expression.range);
      if (isSingleSubstitution(expression) && expression.expressions[0]) return next(expression.expressions[0]);
      return fromStaticValue(expression, source);
    case AST_NODE_TYPES.UnaryExpression:
      if (expression.operator === "+") return convert(next(expression.argument), { kind: "Number" });
      // `-1`: the whole unary expression is the token.
      return expression.operator === "-" ? fromStaticValue(expression, source) : undefined;
    case AST_NODE_TYPES.CallExpression:
      return call(expression, source, depth);
    case AST_NODE_TYPES.LogicalExpression:
      return logical(expression, source, depth);
    case AST_NODE_TYPES.ConditionalExpression:
      return conditional(expression, source, depth);
    case AST_NODE_TYPES.Identifier:
      return identifier(expression, source, depth);
    case AST_NODE_TYPES.MemberExpression:
      return member(expression, source, depth);
    default:
      return fromStaticValue(expression, source);
  }
}

function call(node: TSESTree.CallExpression, source: CodeSource, depth: number): Raw | undefined {
  const conversion = numberConversionOf(node, source);
  if (conversion === "unknown-radix") return undefined;
  if (conversion && node.arguments[0]) return convert(evaluateRaw(node.arguments[0], source, depth + 1), conversion);
  const argument = passedThroughArgument(node, source) ?? settingValue(node, source);
  if (argument) return evaluateRaw(argument, source, depth + 1);
  return fromStaticValue(node, source);
}

function member(node: TSESTree.MemberExpression, source: CodeSource, depth: number): Raw | undefined {
  const own = thisPropertyValue(node);
  if (own?.value) return evaluateRaw(own.value, source, depth + 1);
  if (own?.defaultValue) return asFallback(evaluateRaw(own.defaultValue, source, depth + 1), undefined);
  const value = valueOf(node, source);
  if (value) return evaluateRaw(value, source, depth + 1);
  return fromImport(node, source, depth) ?? fromStaticValue(node, source);
}

/** A local module's export: evaluated there, reported here, at the expression that uses it. */
function fromImport(node: TSESTree.Node, source: CodeSource, depth: number): Raw | undefined {
  const foreign = importedValue(node, source);
  const raw = foreign && evaluateRaw(foreign.node, foreign.source, depth + 1);
  if (!raw) return undefined;
  // One export has one value: a parameter's call sites in the other module are not this use's.
  return relocated(single(raw), node.range);
}

function single(raw: Raw): Raw {
  const value = { ...raw };
  delete value.alternatives;
  return value;
}

function relocated(value: Raw, range: [number, number]): Raw {
  return value.kind === "text" ? { ...value, range, start: undefined } : { ...value, range };
}

function fromLiteral(node: TSESTree.Literal): Raw | undefined {
  if (typeof node.value === "number") return { kind: "number", value: node.value, text: node.raw, range: node.range, fallback: false };
  return typeof node.value === "string" ? textAt(node.value, node.range[0] + 1, node.range) : undefined;
}

function textAt(text: string, start: number, range: [number, number]): Raw {
  return { kind: "text", text, start, range, fallback: false };
}

/** The number a conversion makes of a value, with the span of the characters it read. */
function convert(raw: Raw | undefined, conversion: Conversion): Raw | undefined {
  return each(raw, (value) => convertOne(value, conversion));
}

function convertOne(raw: Raw, conversion: Conversion): Raw | undefined {
  if (raw.kind === "nan") return raw;
  if (raw.kind === "number" && conversion.kind !== "parseInt") return raw;
  const text = raw.kind === "number" ? String(raw.value) : raw.text;
  const converted = convertText(text, conversion);
  const base: Omit<ValueBase, "range"> = raw.envKey === undefined ? { fallback: raw.fallback } : { fallback: raw.fallback, envKey: raw.envKey };
  if (raw.chosenAt) base.chosenAt = raw.chosenAt;
  // A number literal is its own token; a string's characters are located inside its quotes.
  const start = raw.kind === "text" ? raw.start : undefined;
  if (!converted) return { ...base, kind: "nan", text: JSON.stringify(text), range: start === undefined ? raw.range : [start, start + text.length] };
  const range: [number, number] = start === undefined ? raw.range : [start + converted.span[0], start + converted.span[1]];
  return { ...base, kind: "number", value: converted.value, text: text.slice(...converted.span), range };
}

function toPort(raw: Raw, options: PortOptions): PortValue | undefined {
  const base: ValueBase = raw.envKey === undefined ? { range: raw.range, fallback: raw.fallback } : { range: raw.range, fallback: raw.fallback, envKey: raw.envKey };
  if (raw.chosenAt) base.chosenAt = raw.chosenAt;
  if (raw.kind === "number") return Number.isInteger(raw.value) ? { ...base, kind: "port", port: raw.value } : { ...base, kind: "malformed", text: raw.text };
  if (raw.kind === "nan") return { ...base, kind: "malformed", text: raw.text };
  const digits = /^(\s*)(\d+)\s*$/.exec(raw.text);
  if (digits) {
    const from = raw.start === undefined ? undefined : raw.start + (digits[1]?.length ?? 0);
    const range: [number, number] = from === undefined ? raw.range : [from, from + (digits[2]?.length ?? 0)];
    return { ...base, range, kind: "port", port: Number(digits[2]) };
  }
  if (options.stringsArePaths || (options.pathsHaveSeparators && /[\\/]/.test(raw.text))) return undefined;
  const range: [number, number] = raw.start === undefined ? raw.range : [raw.start, raw.start + raw.text.length];
  return { ...base, range, kind: "malformed", text: JSON.stringify(raw.text) };
}

function logical(node: TSESTree.LogicalExpression, source: CodeSource, depth: number): Raw | undefined {
  if (node.operator === "&&") return fromStaticValue(node, source);
  const left = ASTUtils.getStaticValue(node.left, source.getScope(node.left));
  if (left) {
    const leftWins = node.operator === "||" ? Boolean(left.value) : left.value !== null && left.value !== undefined;
    return evaluateRaw(leftWins ? node.left : node.right, source, depth + 1);
  }
  return asFallback(evaluateRaw(node.right, source, depth + 1), envKeyOf(node.left, source));
}

/** `process.env.PORT ? Number(process.env.PORT) : 3000`: one unknown branch, one known. */
function conditional(node: TSESTree.ConditionalExpression, source: CodeSource, depth: number): Raw | undefined {
  const test = ASTUtils.getStaticValue(node.test, source.getScope(node.test));
  if (test) return evaluateRaw(test.value ? node.consequent : node.alternate, source, depth + 1);
  const consequent = evaluateRaw(node.consequent, source, depth + 1);
  const alternate = evaluateRaw(node.alternate, source, depth + 1);
  if (consequent && !alternate) return asFallback(consequent, envKeyOf(node.alternate, source) ?? envKeyOf(node.test, source));
  if (alternate && !consequent) return asFallback(alternate, envKeyOf(node.consequent, source) ?? envKeyOf(node.test, source));
  return undefined;
}

function identifier(node: TSESTree.Identifier, source: CodeSource, depth: number): Raw | undefined {
  const variable = ASTUtils.findVariable(source.getScope(node), node);
  if (!variable) return undefined;
  const value = writtenValue(variable, { use: node, overrides: true });
  if (!value) return variable.defs[0]?.type === "Parameter" ? fromCallSites(variable, source, depth) : fromImport(node, source, depth);
  if (!value.expression) {
    // A parameter default applies only when the caller passes nothing.
    return value.defaultValue ? asFallback(evaluateRaw(value.defaultValue, source, depth + 1), undefined) : undefined;
  }
  if (value.overrides) return overridden(value.expression, value.overrides, source, depth);
  const written = value.path.length === 0 ? value.expression : followPath(value.expression, value.path, source);
  if (written) return evaluateRaw(written, source, depth + 1);
  if (!value.defaultValue) return fromImport(node, source, depth);
  // `const { PORT = 3000 } = process.env`: the default is the fallback of that env var.
  const envKey = value.path.length === 1 && isEnvObject(value.expression) ? value.path[0] : undefined;
  return asFallback(evaluateRaw(value.defaultValue, source, depth + 1), envKey);
}

/** `function start(port) { server.listen(port) } start(3000); start(3001)`: one value per call. */
function fromCallSites(parameter: Parameters<typeof callSiteArguments>[0], source: CodeSource, depth: number): Raw | undefined {
  const values = callSiteArguments(parameter, source).flatMap((argument) => {
    const raw = evaluateRaw(argument, source, depth + 1);
    // A value written elsewhere (`start(BASE_PORT)`) is located at the call's argument once its
    // own token is claimed by an earlier listener (listener-visitor.ts).
    return raw ? [raw, ...(raw.alternatives ?? [])].map((value) => ({ ...value, chosenAt: argument.range })) : [];
  });
  const [first, ...rest] = values.map(single);
  return first && (rest.length > 0 ? { ...first, alternatives: rest } : first);
}

/**
 * `let port = 3000; if (process.env.PORT) port = Number(process.env.PORT);`: a default that code
 * replaces with values we cannot see is a fallback. A second known value makes the port unknown.
 */
function overridden(initial: TSESTree.Node, overrides: readonly TSESTree.Node[], source: CodeSource, depth: number): Raw | undefined {
  if (overrides.some((each) => evaluateRaw(each, source, depth + 1) !== undefined)) return undefined;
  const envKey = overrides.map((each) => envKeyOf(each, source)).find((key) => key !== undefined);
  return asFallback(evaluateRaw(initial, source, depth + 1), envKey);
}

function asFallback(raw: Raw | undefined, envKey: string | undefined): Raw | undefined {
  return each(raw, (value) => {
    const key = envKey ?? value.envKey;
    return key === undefined ? { ...value, fallback: true } : { ...value, fallback: true, envKey: key };
  });
}

function isSingleSubstitution(node: TSESTree.TemplateLiteral): boolean {
  return node.expressions.length === 1 && node.quasis.every((quasi) => quasi.value.cooked === "");
}

/** Last resort: a value ESLint's evaluator knows; the token is then the whole expression. */
function fromStaticValue(node: TSESTree.Node, source: CodeSource): Raw | undefined {
  const result = ASTUtils.getStaticValue(node, source.getScope(node));
  if (!result) return undefined;
  if (typeof result.value === "number") return { kind: "number", value: result.value, text: String(result.value), range: node.range, fallback: false };
  if (typeof result.value === "string") return { kind: "text", text: result.value, range: node.range, fallback: false };
  return undefined;
}
