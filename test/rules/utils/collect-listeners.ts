// Test harness: runs the shared collector on a snippet through ESLint's Linter and returns what a
// rule would receive. `«` and `»` in a snippet mark the expected port token; they are removed
// before linting and turned into 1-based line/column (end exclusive) for the assertion.
import path from "node:path";
import { Linter } from "eslint";
import { expect } from "vitest";
import tseslint from "typescript-eslint";
import { onFileListeners, type FileListeners } from "../../../rules/utils/listener-visitor.js";

export interface MarkedToken {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function collectListeners(code: string, filename = "server.ts"): FileListeners {
  let result: FileListeners | undefined;
  const rule = { meta: { schema: [] }, create: (context: never) => onFileListeners(context, (found) => (result = found)) };
  // A file outside the working directory (a temporary project) matches `files` only from the root.
  const linter = new Linter({ configType: "flat", ...(path.isAbsolute(filename) ? { cwd: path.parse(filename).root } : {}) });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.{js,mjs,cjs,ts,mts,cts}"],
        languageOptions: { parser: tseslint.parser, sourceType: "module" },
        plugins: { probe: { rules: { collect: rule as never } } },
        rules: { "probe/collect": "error" },
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal || message.ruleId === null);
  if (fatal) throw new Error(`${filename}: ${fatal.message}`);
  if (!result) throw new Error("collector did not run");
  return result;
}

/** Removes the markers and returns the code with the marked tokens' positions. */
export function unmark(marked: string): { code: string; tokens: MarkedToken[] } {
  const tokens: MarkedToken[] = [];
  let code = "";
  let line = 1;
  let column = 1;
  let open: { line: number; column: number } | undefined;
  for (const char of marked) {
    if (char === "«") open = { line, column };
    else if (char === "»" && open) {
      tokens.push({ line: open.line, column: open.column, endLine: line, endColumn: column });
      open = undefined;
    } else {
      code += char;
      if (char === "\n") {
        line += 1;
        column = 1;
      } else column += 1;
    }
  }
  return { code, tokens };
}

export interface Expected {
  port: number;
  framework?: string;
  fallback?: true;
  envKey?: string;
  protocol?: "tcp" | "udp";
  hostIp?: string;
}

export interface Case {
  name: string;
  /** Snippet with «port token» markers, one per expected listener, in source order. */
  code: string;
  expected: Expected[];
  filename?: string;
}

export function check({ code: marked, expected, filename }: Case): void {
  const { code, tokens } = unmark(marked);
  const { listeners } = collectListeners(code, filename);
  expect(
    listeners.map((listener) => ({
      port: listener.port,
      framework: listener.identity.framework,
      fallback: listener.origin.fallback,
      envKey: listener.identity.envKey,
      protocol: listener.protocol,
      hostIp: listener.hostIp,
      at: [listener.origin.line, listener.origin.column, listener.origin.endLine, listener.origin.endColumn],
    })),
  ).toEqual(
    expected.map((want, index) => {
      const token = tokens[index];
      return {
        port: want.port,
        framework: want.framework,
        fallback: want.fallback,
        envKey: want.envKey,
        protocol: want.protocol ?? "tcp",
        hostIp: want.hostIp,
        at: token ? [token.line, token.column, token.endLine, token.endColumn] : "missing marker",
      };
    }),
  );
}
