// Finds the config that applies to a directory: the nearest port-policy.config.* or package.json
// with a "portPolicy" key, walking up to the filesystem root. Two candidates in one directory
// are an error rather than a silent pick, so nobody edits the file that is not read.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ConfigError } from "./config-error.js";

export const CONFIG_FILE_NAMES = [
  "port-policy.config.js",
  "port-policy.config.mjs",
  "port-policy.config.cjs",
  "port-policy.config.ts",
  "port-policy.config.mts",
  "port-policy.config.cts",
  "port-policy.config.json",
  "port-policy.config.yaml",
  "port-policy.config.yml",
] as const;

export const PACKAGE_JSON_KEY = "portPolicy";

export type FoundConfig = { ok: true; file: string | undefined } | { ok: false; errors: ConfigError[] };

/** A package.json counts when it has the key; one that mentions it but does not parse is read, so its error is reported. */
function packageJsonHasKey(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  if (!text.includes(`"${PACKAGE_JSON_KEY}"`)) return false;
  try {
    return Object.hasOwn(JSON.parse(text) as object, PACKAGE_JSON_KEY);
  } catch {
    return true;
  }
}

function candidatesIn(directory: string): string[] {
  const files = CONFIG_FILE_NAMES.map((name) => join(directory, name)).filter((file) => existsSync(file));
  const packageJson = join(directory, "package.json");
  if (existsSync(packageJson) && packageJsonHasKey(packageJson)) files.push(packageJson);
  return files;
}

/** The config file of this directory alone: one, none, or an error for two. */
export function configFileIn(directory: string): FoundConfig {
  const [first, ...others] = candidatesIn(directory);
  if (first !== undefined && others.length > 0) {
    const names = [first, ...others].map((file) => file.slice(directory.length + 1)).join(", ");
    return { ok: false, errors: [{ file: first, pointer: "", code: "multipleConfigFiles", data: { directory, names } }] };
  }
  return { ok: true, file: first };
}

export function findConfigFile(cwd: string): FoundConfig {
  let directory = resolve(cwd);
  for (;;) {
    const found = configFileIn(directory);
    if (!found.ok || found.file !== undefined) return found;
    const parent = dirname(directory);
    if (parent === directory) return found;
    directory = parent;
  }
}
