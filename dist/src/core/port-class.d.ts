export type PortClass = "system" | "user" | "dynamic";
export interface PortRange {
    from: number;
    to: number;
}
export declare const MAX_PORT = 65535;
export declare const PORT_CLASSES: Readonly<Record<PortClass, PortRange & {
    label: string;
    meaning: string;
}>>;
export declare function isValidPort(port: number): boolean;
export declare function portClass(port: number): PortClass;
/** "system range 0–1023" for port 80. */
export declare function describeClass(port: number): string;
export declare function rangesOverlap(a: PortRange, b: PortRange): boolean;
export declare function inRange(port: number, range: PortRange): boolean;
export declare function formatRange(range: PortRange): string;
