import type { Finding } from "../../core/finding.js";
import type { SourceFile } from "../types.js";
export interface ComposeEnvironment {
    env: Record<string, string>;
    /** parse-error findings for env files Compose would refuse (it stops loading the project). */
    findings: Finding[];
    /** Set when values came from an example env file: which file, and the names it gave. */
    example?: EnvExample;
}
export interface EnvExample {
    path: string;
    names: ReadonlySet<string>;
}
export declare function composeEnvironment(dotenv: SourceFile | undefined, processEnv: Readonly<Record<string, string | undefined>>, envFiles?: readonly SourceFile[], example?: SourceFile): ComposeEnvironment;
