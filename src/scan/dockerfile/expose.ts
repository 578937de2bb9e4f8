// One EXPOSE argument: `80`, `443/tcp`, `53/UDP`, `8000-8010`, `${PORT:-8080}`. BuildKit expands
// its variables and hands it to go-connections' nat.ParsePortSpecs (frontend/dockerfile/dockerfile2llb
// dispatchExpose), the parser compose's short syntax uses, so that grammar is reused here; only
// the container part counts. A value above 65535 is hadolint's DL3011 (and Trivy DS008); a
// variable nothing sets is left alone, as hadolint does (the build would see an empty port).
import type { Finding } from "../../core/finding.js";
import type { Origin, Protocol } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { interpolate, sourceSpan, type Interpolated } from "../compose/interpolate.js";
import { parsePortSpec } from "../compose/parse-port-spec.js";
import { originOf, type FileContext } from "../file-context.js";
import type { StageValue, Token } from "./stages.js";

export interface ExposedPort {
  port: number;
  endPort?: number;
  protocol: Protocol;
  origin: Origin;
  /** The build argument the value came from, when `--build-arg` can change it. */
  buildArg?: string;
}

export type ExposeResult = { port: ExposedPort } | { finding: Finding } | undefined;

const SOURCE = { source: "dockerfile" } as const;

function unquoted(token: Token): Token {
  const { text } = token;
  const quoted = text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.at(-1) === text[0];
  return quoted ? { text: text.slice(1, -1), start: token.start + 1 } : token;
}

/**
 * The variable a value falls back from: the one whose `${NAME:-default}` default it is, or one
 * whose value a build argument sets (`ARG PORT=8080`, or an ENV made of one).
 */
function fallbackOf(result: Interpolated, template: string, from: number, to: number, variables: ReadonlyMap<string, StageValue>): string | undefined {
  const span = sourceSpan(result, from, to);
  if (span.fallback) return /\$\{([A-Za-z_][A-Za-z0-9_]*):?-[^}]*$/.exec(template.slice(0, span.start))?.[1] ?? "a build argument";
  for (const piece of result.pieces) {
    if (piece.from < to && from < piece.to && piece.variable !== undefined && variables.get(piece.variable)?.fromArg) return piece.variable;
  }
  return undefined;
}

export function readExpose(raw: Token, variables: ReadonlyMap<string, StageValue>, file: FileContext): ExposeResult {
  const token = unquoted(raw);
  const result = interpolate(token.text, (name) => variables.get(name)?.value);
  if (!result.ok || result.unset.length > 0) return undefined;
  const at = (from: number, to: number): Origin => {
    const span = sourceSpan(result, from, to);
    return originOf(file, [token.start + span.start, token.start + span.end]);
  };
  const parsed = parsePortSpec(result.value);
  if (!parsed.ok) {
    const origin = at(parsed.start, parsed.end);
    const value = result.value.slice(parsed.start, parsed.end);
    if (parsed.code === "out-of-range") return { finding: makeFinding("valid-port", "outOfRange", { value }, origin, /^\d+$/.test(value) ? { ...SOURCE, port: Number(value) } : SOURCE) };
    return { finding: makeFinding("valid-port", "malformed", { value: token.text, reason: parsed.error }, origin, SOURCE) };
  }
  const { target, protocol } = parsed.spec;
  const origin = at(target.start, target.end);
  const buildArg = fallbackOf(result, token.text, target.start, target.end, variables);
  if (buildArg) origin.fallback = true;
  return { port: { port: target.from, ...(target.to !== target.from ? { endPort: target.to } : {}), protocol, origin, ...(buildArg ? { buildArg } : {}) } };
}
