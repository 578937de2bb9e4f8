// Reading one Kubernetes port field. `containerPort`, `hostPort`, `port` and `nodePort` are int32;
// `targetPort` is IntOrString, decided by the YAML token type alone (kubernetes/apimachinery
// pkg/util/intstr/intstr.go), so `targetPort: "8080"` is the *name* "8080".
import type { Scalar } from "yaml";
import { scalarSpan, scalarValue } from "../yaml.js";
import { asScalar, type YamlDoc } from "../yaml-walk.js";

export type PortValue =
  | { kind: "number"; port: number; span: [number, number] }
  | { kind: "name"; name: string; span: [number, number]; quotedDigits: boolean }
  /** Absent, null, a Helm leftover (`{{ .Values.port }}`), a mapping: nothing to check. */
  | { kind: "unknown" };

const UNKNOWN: PortValue = { kind: "unknown" };

export function readPortValue(node: unknown, ydoc: YamlDoc, text: string): PortValue {
  const scalar = asScalar(node, ydoc);
  if (!scalar) return UNKNOWN;
  const span = scalarSpan(scalar as Scalar, text);
  const typed = scalarValue(scalar as Scalar);
  if (typeof typed === "number") return { kind: "number", port: typed, span };
  if (typeof typed !== "string") return UNKNOWN;
  const value = typed.trim();
  const quoted = scalar.type === "QUOTE_DOUBLE" || scalar.type === "QUOTE_SINGLE";
  // A quoted number in an int field is still clearly that port (kubectl refuses it, but the port is known).
  if (/^\d+$/.test(value)) return quoted ? { kind: "name", name: value, span, quotedDigits: true } : UNKNOWN;
  if (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value)) return { kind: "name", name: value, span, quotedDigits: false };
  return UNKNOWN;
}

/** A port number for an int32 field: numbers, and quoted digits taken at face value. */
export function readIntPort(node: unknown, ydoc: YamlDoc, text: string): { port: number; span: [number, number] } | undefined {
  const value = readPortValue(node, ydoc, text);
  if (value.kind === "number") return value;
  if (value.kind === "name" && value.quotedDigits) return { port: Number(value.name), span: value.span };
  return undefined;
}
