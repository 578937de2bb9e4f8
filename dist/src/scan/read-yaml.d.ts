import type { LineCounter } from "yaml";
import { type YamlProblem } from "./yaml.js";
import { type DuplicateKey, type YamlDoc } from "./yaml-walk.js";
/** `text`: what offsets and `lines` refer to (parseYaml may re-indent quoted scalars). */
export type YamlRead = {
    ok: true;
    ydocs: YamlDoc[];
    lines: LineCounter;
    text: string;
    duplicates: DuplicateKey[];
} | {
    ok: false;
    lines: LineCounter;
    problem: YamlProblem;
};
export declare function readYaml(text: string): YamlRead;
