export interface Converted {
    value: number;
    /** Offsets of the characters read, relative to the start of the string. */
    span: [number, number];
}
export type Conversion = {
    kind: "Number";
} | {
    kind: "parseInt";
    radix: number | undefined;
} | {
    kind: "parseFloat";
};
export declare function convertText(text: string, conversion: Conversion): Converted | undefined;
