import type { Node } from "yaml";
import { type YamlDoc } from "../yaml-walk.js";
export interface KubeObject {
    ydoc: YamlDoc;
    node: Node;
    kind: string;
    name: string;
    namespace?: string;
}
export declare function objectsOf(ydoc: YamlDoc, index: number): KubeObject[];
