// What a front end needs of a file to place a token: its shown path, its text and line starts.
import type { LineCounter } from "yaml";
import type { Origin } from "../core/listener.js";
import { originAt } from "./positions.js";

export interface FileContext {
  /** Relative to the working directory, forward slashes. */
  path: string;
  text: string;
  lines: LineCounter;
  /** A compose file interpolated with an example env file's values (no .env beside it). */
  envExample?: { path: string; names: ReadonlySet<string> };
}

export function originOf(file: FileContext, span: readonly [number, number]): Origin {
  return originAt(file.path, file.lines, span[0], span[1]);
}
