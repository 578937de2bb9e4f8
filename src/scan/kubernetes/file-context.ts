// What the Kubernetes readers need of a file to place a token: its shown path, text and lines.
import type { LineCounter } from "yaml";
import type { Origin, Protocol } from "../../core/listener.js";
import { isProtocol } from "../../core/parse-port.js";
import { originAt } from "../positions.js";
import { stringAt, type YamlDoc } from "../yaml-walk.js";

export interface FileContext {
  path: string;
  text: string;
  lines: LineCounter;
}

export function originOf(file: FileContext, span: readonly [number, number]): Origin {
  return originAt(file.path, file.lines, span[0], span[1]);
}

/** `protocol: TCP|UDP|SCTP` (upper case in the API), TCP when absent or unreadable. */
export function protocolAt(node: unknown, ydoc: YamlDoc): Protocol {
  const value = stringAt(node, "protocol", ydoc)?.toLowerCase();
  return value !== undefined && isProtocol(value) ? value : "tcp";
}
