import type { FrontEndResult } from "../types.js";
import type { ServiceContext } from "./port-listeners.js";
import type { ServiceModel } from "./read-service.js";
export declare function environmentListeners(service: ServiceModel, ctx: ServiceContext): FrontEndResult;
