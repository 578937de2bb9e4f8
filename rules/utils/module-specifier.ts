// The package a module specifier names, whatever the runtime's spelling: `node:http` → `http`,
// Deno's `npm:express@4` → `express`, `jsr:@oak/oak@17` → `@oak/oak`,
// `https://deno.land/x/oak@v12.6.1/mod.ts` → `oak`, `https://deno.land/std@0.140.0/http/server.ts`
// → `@std/http/server` (the std library as JSR names it), `https://esm.sh/hono@4` → `hono`.
// Relative and absolute paths are returned as written: they name files, not packages.

const VERSION = /@[^/]*$/;

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/");
}

export function packageOfSpecifier(specifier: string): string {
  if (specifier.startsWith("node:")) return specifier.slice("node:".length);
  if (specifier.startsWith("npm:") || specifier.startsWith("jsr:")) return withoutVersion(specifier.slice(4).replace(/^\//, ""));
  if (/^https?:\/\//.test(specifier)) return packageOfUrl(specifier) ?? specifier;
  return specifier;
}

/** `@scope/name@1.2/sub` → `@scope/name/sub`; `name@^4` → `name`. */
function withoutVersion(path: string): string {
  const parts = path.split("/");
  const nameParts = parts[0]?.startsWith("@") ? 2 : 1;
  const name = parts.slice(0, nameParts).map((part, index) => (index === nameParts - 1 ? part.replace(VERSION, "") : part));
  return [...name, ...parts.slice(nameParts)].join("/");
}

function packageOfUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const path = parsed.pathname.replace(/^\/+/, "");
  if (parsed.hostname === "deno.land") {
    const std = /^std(?:@[^/]*)?\/(.+)$/.exec(path);
    if (std?.[1]) return `@std/${withoutModFile(std[1])}`;
    const third = /^x\/([^/@]+)(?:@[^/]*)?(?:\/(.*))?$/.exec(path);
    if (third?.[1]) return third[2] ? joinSub(third[1], withoutModFile(third[2])) : third[1];
    return undefined;
  }
  if (["esm.sh", "cdn.skypack.dev", "jspm.dev", "unpkg.com", "cdn.jsdelivr.net"].includes(parsed.hostname)) {
    return withoutVersion(path.replace(/^(?:npm\/|v\d+\/)/, ""));
  }
  return undefined;
}

/** `http/server.ts` → `http/server`; `mod.ts` or `http/mod.ts` stand for their folder. */
function withoutModFile(path: string): string {
  return path.replace(/\.[cm]?[jt]sx?$/, "").replace(/(?:^|\/)(?:mod|index)$/, "");
}

function joinSub(name: string, sub: string): string {
  return sub === "" ? name : `${name}/${sub}`;
}
