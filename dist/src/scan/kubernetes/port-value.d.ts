import { type YamlDoc } from "../yaml-walk.js";
export type PortValue = {
    kind: "number";
    port: number;
    span: [number, number];
} | {
    kind: "name";
    name: string;
    span: [number, number];
    quotedDigits: boolean;
}
/** Absent, null, a Helm leftover (`{{ .Values.port }}`), a mapping: nothing to check. */
 | {
    kind: "unknown";
};
export declare function readPortValue(node: unknown, ydoc: YamlDoc, text: string): PortValue;
/** A port number for an int32 field: numbers, and quoted digits taken at face value. */
export declare function readIntPort(node: unknown, ydoc: YamlDoc, text: string): {
    port: number;
    span: [number, number];
} | undefined;
