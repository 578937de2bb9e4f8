// Hand-built listeners for the core's tests: defaults are a plain process binding a TCP port.
import type { Listener } from "../../src/core/listener.js";

export function makeListener(overrides: Partial<Listener> & { port: number }): Listener {
  return {
    protocol: "tcp",
    role: "bind",
    source: "code",
    identity: {},
    privilege: { user: "non-root", capAdd: [], network: "own" },
    origin: { file: "server.ts", line: 1, column: 1, endLine: 1, endColumn: 5 },
    ...overrides,
  };
}
