import type { PortExplanation } from "./explain-port.js";
type Facts = Omit<PortExplanation, "advice">;
export declare function adviceFor(facts: Facts): string;
export {};
