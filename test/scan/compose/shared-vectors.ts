// Loads the vector files from ../shared (a sibling of the repo); the suites skip when it is absent.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SHARED = fileURLToPath(new URL("../../../../shared/", import.meta.url));

export const SHARED_DIR = SHARED;
export const hasShared = existsSync(`${SHARED}vectors`);
export const SKIP_MESSAGE = `../shared is absent (${SHARED}): vector and corpus suites skipped`;

export function loadVectors<T>(name: string): T[] {
  return hasShared ? (JSON.parse(readFileSync(`${SHARED}vectors/${name}`, "utf8")) as T[]) : [];
}

/** A record of dotenv-vectors.json. */
export interface DotenvVector {
  parser: "compose-go" | "npm-dotenv";
  input: string;
  env?: Record<string, string> | null;
  expect?: Record<string, string> | "error" | null;
  expect_keys?: Record<string, string>;
  absent_keys?: string[];
  error_contains?: string;
  source: string;
}

