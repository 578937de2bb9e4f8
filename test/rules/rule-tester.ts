// ESLint's core RuleTester wired to vitest, plus case builders. In invalid snippets, «» mark the
// reported span (see utils/collect-listeners.ts); the builders turn them into exact
// line/column/endLine/endColumn so each case shows where the report lands.
import { RuleTester, type Linter, type Rule } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { rules } from "../../rules/index.js";
import { unmark } from "./utils/collect-listeners.js";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester({ languageOptions: { ecmaVersion: "latest", sourceType: "module" } });

export type RuleName = keyof typeof rules;

export function ruleOf(name: RuleName): Rule.RuleModule {
  return rules[name] as unknown as Rule.RuleModule;
}

/** TypeScript through the typescript-eslint parser. */
export const TS: Pick<RuleTester.ValidTestCase, "languageOptions" | "filename"> = {
  languageOptions: { parser: tseslint.parser as Linter.Parser },
  filename: "server.ts",
};

type Extra = Partial<Pick<RuleTester.InvalidTestCase, "filename" | "options" | "settings" | "languageOptions" | "name">> & {
  /** Message data each error must render (checked through the message text). */
  data?: Record<string, string | number>;
};

/** One error per «marked» span, in order; `messageIds` may name each one or one for all. */
export function invalid(marked: string, messageIds: string | readonly string[], extra: Extra = {}): RuleTester.InvalidTestCase {
  const { code, tokens } = unmark(marked);
  if (tokens.length === 0) throw new Error(`no «marker» in ${marked}`);
  const { data, ...rest } = extra;
  return {
    ...rest,
    code,
    errors: tokens.map((token, index) => ({
      messageId: typeof messageIds === "string" ? messageIds : (messageIds[index] ?? "missing"),
      ...(data ? { data } : {}),
      ...token,
    })),
  };
}

export function valid(code: string, extra: Omit<Extra, "data"> = {}): RuleTester.ValidTestCase {
  return { ...extra, code };
}
