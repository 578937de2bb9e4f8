import type { Node } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { FileContext } from "../file-context.js";
import { type YamlDoc } from "../yaml-walk.js";
import type { DeclaredPort } from "./container-ports.js";
export declare function probeFindings(container: Node, declared: readonly DeclaredPort[], owner: string, file: FileContext, ydoc: YamlDoc): Finding[];
