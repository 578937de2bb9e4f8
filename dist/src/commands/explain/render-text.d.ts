import type { RegistrySnapshot } from "../../core/registry.js";
import type { PortExplanation } from "./explain-port.js";
/** The few picocolors formatters used here; the caller passes identity functions for no colour. */
export interface Colors {
    bold(text: string): string;
    dim(text: string): string;
    red(text: string): string;
    green(text: string): string;
    yellow(text: string): string;
}
export declare const NO_COLORS: Colors;
export declare function renderPort(colors: Colors, explanation: PortExplanation): string;
export declare function renderText(colors: Colors, explanations: readonly PortExplanation[], snapshot: RegistrySnapshot): string;
