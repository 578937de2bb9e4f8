import type { Node } from "yaml";
import type { Privilege } from "../../core/listener.js";
import { type YamlDoc } from "../yaml-walk.js";
import type { PodTemplate } from "./pod-template.js";
export declare function privilegeOf(template: PodTemplate, container: Node, ydoc: YamlDoc): Privilege;
