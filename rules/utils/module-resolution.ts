// Where a relative `require`/`import` leads, the way Node and TypeScript resolve it: the file
// itself, with a JS or TS extension added (`./app` → app.js or app.ts), a `.js` written for a `.ts`
// source (TypeScript's ESM convention), or a folder's package.json `main`/`exports` or index file.
// A folder (or its entry file) whose package.json (deno.json, jsr.json) names a package the
// collector knows is that package: `require("..")` inside the express repository is express (its
// examples are written so). Inside a repository the entry is often not built: `src/index.ts` or
// `lib/Server.js` stands for a `main` of `dist/index.js` or `dist/Server.js`, and a file listed in
// `exports` (oak's `./application.ts`) is the package too.
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { BoundedCache } from "./bounded-cache.js";
import { isKnownModule as isKnownPackage } from "./server-factories.js";

export type Resolved = { kind: "file"; file: string } | { kind: "package"; name: string };

const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
/** TypeScript sources imported by the name of their output. */
const SOURCE_FOR_OUTPUT: Readonly<Record<string, readonly string[]>> = { ".js": [".ts", ".tsx"], ".jsx": [".tsx"], ".mjs": [".mts"], ".cjs": [".cts"] };

/** Lookups are cheap but repeated for every file that imports the same module; 5 s keeps an editor current. */
const TTL_MS = 5000;
const resolutions = new BoundedCache<string, Resolved | null>(4096, TTL_MS);
const packageJsons = new BoundedCache<string, PackageJson | null>(4096, TTL_MS);

interface PackageJson {
  name?: unknown;
  main?: unknown;
  exports?: unknown;
}

/**
 * Packages the collector knows (server-factories.ts) are answered by name; other packages are
 * followed as files. Nothing is resolved for a file that is not an absolute path (stdin, tests).
 */
export function resolveRelative(fromFile: string, specifier: string): Resolved | undefined {
  if (!isAbsolute(fromFile)) return undefined;
  const key = `${dirname(fromFile)}\0${specifier}`;
  const cached = resolutions.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const found = resolveUncached(resolve(dirname(fromFile), specifier));
  resolutions.set(key, found ?? null);
  return found;
}

function resolveUncached(base: string): Resolved | undefined {
  const directory = isDirectory(base);
  const own = directory ? packageJsonIn(base) : undefined;
  if (typeof own?.name === "string" && isKnownPackage(own.name)) return { kind: "package", name: own.name };
  const file = resolveFile(base) ?? (directory ? resolveDirectory(base, own) : undefined);
  if (!file) return undefined;
  const owner = owningPackage(dirname(file));
  if (owner && typeof owner.json.name === "string" && isKnownPackage(owner.json.name) && isEntryOf(owner, file)) return { kind: "package", name: owner.json.name };
  return { kind: "file", file };
}

function isEntryOf(owner: { dir: string; json: PackageJson }, file: string): boolean {
  if (resolveDirectory(owner.dir, owner.json) === file) return true;
  const own = sourcePath(relative(owner.dir, file));
  return [...entryPoints(owner.json), ...exportTargets(owner.json.exports)].some((entry) => sourcePath(entry) === own);
}

/** The folders builds and sources live in say nothing: `./dist/cjs/index.js` and `src/index.ts` are both "index". */
function sourcePath(path: string): string {
  const segments = path.replace(/\\/g, "/").replace(/\.[cm]?[jt]sx?$/, "").split("/").filter((segment) => segment !== "" && segment !== ".");
  while (segments.length > 1 && /^(?:dist|build|out|lib|src|source|cjs|esm|es|mjs)$/.test(segments[0] ?? "")) segments.shift();
  return segments.join("/");
}

/** Every file an `exports` map names, under any condition. */
function exportTargets(value: unknown, depth = 0): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null || depth > 4) return [];
  return Object.values(value as Record<string, unknown>).flatMap((each) => exportTargets(each, depth + 1));
}

function resolveFile(base: string): string | undefined {
  if (isFile(base)) return base;
  const extension = /\.[cm]?jsx?$/.exec(base)?.[0];
  for (const source of extension ? (SOURCE_FOR_OUTPUT[extension] ?? []) : []) {
    const candidate = base.slice(0, -extension!.length) + source;
    if (isFile(candidate)) return candidate;
  }
  for (const each of EXTENSIONS) if (isFile(base + each)) return base + each;
  return undefined;
}

function resolveDirectory(dir: string, json: PackageJson | undefined): string | undefined {
  for (const entry of entryPoints(json)) {
    const target = join(dir, entry);
    const file = resolveFile(target) ?? (isDirectory(target) ? indexFile(target) : undefined);
    if (file) return file;
  }
  return indexFile(dir);
}

function indexFile(dir: string): string | undefined {
  return resolveFile(join(dir, "index"));
}

/** `exports["."]` (a string or its require/import/node/default condition), then `main`. */
function entryPoints(json: PackageJson | undefined): string[] {
  if (!json) return [];
  const entries: string[] = [];
  const dot = typeof json.exports === "object" && json.exports !== null && "." in json.exports ? (json.exports as Record<string, unknown>)["."] : json.exports;
  const condition = conditionalTarget(dot);
  if (condition) entries.push(condition);
  if (typeof json.main === "string") entries.push(json.main);
  return entries;
}

function conditionalTarget(value: unknown, depth = 0): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null || depth > 3) return undefined;
  const conditions = value as Record<string, unknown>;
  for (const key of ["require", "node", "import", "default"]) {
    const target = conditionalTarget(conditions[key], depth + 1);
    if (target) return target;
  }
  return undefined;
}

function owningPackage(start: string): { dir: string; json: PackageJson } | undefined {
  let dir = start;
  for (let steps = 0; steps < 32; steps++) {
    const json = packageJsonIn(dir);
    if (json) return { dir, json };
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** Manifests that name a package: npm's, Deno's and JSR's (a Deno package has no package.json). */
const MANIFESTS = ["package.json", "deno.json", "jsr.json"];

function packageJsonIn(dir: string): PackageJson | undefined {
  const cached = packageJsons.get(dir);
  if (cached !== undefined) return cached ?? undefined;
  let json: PackageJson | undefined;
  for (const manifest of MANIFESTS) {
    json = readManifest(join(dir, manifest));
    if (json) break;
  }
  packageJsons.set(dir, json ?? null);
  return json;
}

function readManifest(path: string): PackageJson | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as PackageJson) : undefined;
  } catch {
    return undefined;
  }
}

function isFile(path: string): boolean {
  return statOf(path)?.isFile() ?? false;
}

function isDirectory(path: string): boolean {
  return statOf(path)?.isDirectory() ?? false;
}

/** An unreadable path (EACCES, a loop of links) resolves to nothing, like a missing one. */
function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * For a file inside a known package's own repository: the package and the source of its entry
 * point (`src/node/index.ts` for a main of `dist/node/index.js`), whose re-exports say which of
 * the file's exports are the package's (`export { createServer } from "./server"`).
 */
export function packageEntrySource(file: string): { name: string; entry: string } | undefined {
  if (!isAbsolute(file)) return undefined;
  const owner = owningPackage(dirname(file));
  const name = owner?.json.name;
  if (!owner || typeof name !== "string" || !isKnownPackage(name)) return undefined;
  for (const entry of entryPoints(owner.json)) {
    const built = sourcePath(entry);
    for (const folder of ["src", "lib", "source", ""]) {
      const candidate = resolveFile(join(owner.dir, folder, built));
      if (candidate) return { name, entry: candidate };
    }
  }
  const index = indexFile(owner.dir);
  return index ? { name, entry: index } : undefined;
}

/** For tests that write files and resolve again within the time-to-live. */
export function clearResolutionCaches(): void {
  resolutions.clear();
  packageJsons.clear();
}
