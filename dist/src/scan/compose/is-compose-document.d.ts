import type { YamlDoc } from "../yaml-walk.js";
export declare function isComposeDocument(ydoc: YamlDoc): boolean;
