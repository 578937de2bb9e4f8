import type { EnvEntry } from "../dotenv.js";
import { type Lookup } from "./interpolate.js";
export type ComposeEnvParse = {
    ok: true;
    entries: EnvEntry[];
    values: Record<string, string>;
} | {
    ok: false;
    error: string;
    offset: number;
    entries: EnvEntry[];
    values: Record<string, string>;
};
/** Parses a whole file. Keys starting with a digit are kept, as the parse used for `.env` keeps them. */
export declare function parseComposeEnvFile(text: string, lookup?: Lookup): ComposeEnvParse;
