import type { TSESLint } from "@typescript-eslint/utils";
import type { Finding } from "../../src/core/finding.js";
export declare function reportFindings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, findings: readonly Finding[]): void;
