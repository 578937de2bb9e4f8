// Test harness: runs the shared collector on a snippet through ESLint's Linter and returns what a
// rule would receive. `«` and `»` in a snippet mark the expected port token; they are removed
// before linting and turned into 1-based line/column (end exclusive) for the assertion.
import { Linter } from "eslint";
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
  const linter = new Linter({ configType: "flat" });
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
