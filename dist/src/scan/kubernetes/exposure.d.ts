import type { Finding } from "../../core/finding.js";
import type { Policy } from "../../core/policy.js";
import type { FileContext } from "../file-context.js";
import type { PodTemplate } from "./pod-template.js";
import type { Span } from "./port-value.js";
export declare function hostPortFinding(port: number, span: Span, file: FileContext, policy: Policy): Finding | undefined;
export declare function hostNetworkFinding(template: PodTemplate, file: FileContext, policy: Policy): Finding | undefined;
export declare function serviceTypeFinding(type: string, span: Span, file: FileContext, policy: Policy): Finding | undefined;
