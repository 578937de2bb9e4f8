import type { Node } from "yaml";
import { type YamlDoc } from "../yaml-walk.js";
export declare function portsInArgs(container: Node, ydoc: YamlDoc): number[];
