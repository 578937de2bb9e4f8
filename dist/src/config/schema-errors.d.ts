import type { ErrorObject } from "ajv";
import { type ConfigError } from "./config-error.js";
/** The value as the user wrote it, short enough for one line. */
export declare function showValue(value: unknown): string;
/** One ConfigError per ajv error, duplicates (same code at the same pointer) dropped. */
export declare function schemaErrors(errors: readonly ErrorObject[], file: string, prefix: string): ConfigError[];
