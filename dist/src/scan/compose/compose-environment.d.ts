import type { Finding } from "../../core/finding.js";
import type { SourceFile } from "../types.js";
export interface ComposeEnvironment {
    env: Record<string, string>;
    /** parse-error findings for env files Compose would refuse (it stops loading the project). */
    findings: Finding[];
}
export declare function composeEnvironment(dotenv: SourceFile | undefined, processEnv: Readonly<Record<string, string | undefined>>, envFiles?: readonly SourceFile[]): ComposeEnvironment;
