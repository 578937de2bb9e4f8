// Turns a port site found in code into the core's Listener (or, for a value that is not a port
// at all, a valid-port finding). Code carries no user information, so it is taken to run as an
// ordinary user in its own network namespace (DESIGN.md, no-privileged-port).
import type { TSESLint } from "@typescript-eslint/utils";
import type { Listener, Origin, Protocol, ServiceIdentity } from "../../src/core/listener.js";
import { makeFinding } from "../../src/core/make-finding.js";
import { isValidPort } from "../../src/core/port-class.js";
import type { FrontEndResult } from "../../src/scan/types.js";
import { testExpectsFailure } from "./expected-failure.js";
import { liveScope } from "./live-at-once.js";
import type { PortValue } from "./static-port-value.js";

export interface CodeSite {
  value: PortValue;
  /** Offsets of the argument at the call (see PortSite.at). */
  at?: [number, number];
  framework?: string;
  protocol: Protocol;
  host?: string;
  /** Moves to another port when this one is taken (Vite without strictPort): never a duplicate. */
  movesWhenTaken?: true;
}

export function makeCodeListener(site: CodeSite, sourceCode: TSESLint.SourceCode, file: string): FrontEndResult {
  const invalid = site.value.kind === "malformed" || !isValidPort(site.value.port);
  if (invalid && testExpectsFailure(sourceCode, (site.at ?? site.value.range)[0])) return { listeners: [], findings: [] };
  const origin = originOf(site.value, sourceCode, file);
  if (site.value.kind === "malformed") {
    const reason = /^[-+]?\d*\.\d+(?:e[-+]?\d+)?$/i.test(site.value.text) ? "it is not a whole number" : "it is not a number";
    const finding = makeFinding("valid-port", "malformed", { value: site.value.text, reason }, origin, {
      protocol: site.protocol,
      source: "code",
    });
    return { listeners: [], findings: [finding] };
  }
  const identity: ServiceIdentity = {};
  if (site.framework !== undefined) identity.framework = site.framework;
  if (site.value.envKey !== undefined) identity.envKey = site.value.envKey;
  const listener: Listener = {
    port: site.value.port,
    protocol: site.protocol,
    role: "bind",
    source: "code",
    identity,
    privilege: { user: "non-root", capAdd: [], network: "own" },
    origin,
  };
  // Which other listens of the file it can be open with (tests, branches, closes between).
  const { scope, phase } = liveScope(sourceCode, file, (site.at ?? site.value.range)[0]);
  if (scope !== undefined && !site.movesWhenTaken) listener.scope = scope;
  if (phase.length > 0) listener.phase = phase;
  if (site.host !== undefined) listener.hostIp = site.host;
  return { listeners: [listener], findings: [] };
}

/** 1-based line and column, exclusive end column (ESLint's getLocFromIndex gives 0-based columns). */
function originOf(value: PortValue, sourceCode: TSESLint.SourceCode, file: string): Origin {
  const start = sourceCode.getLocFromIndex(value.range[0]);
  const end = sourceCode.getLocFromIndex(value.range[1]);
  const origin: Origin = { file, line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 };
  if (value.fallback) origin.fallback = true;
  return origin;
}
