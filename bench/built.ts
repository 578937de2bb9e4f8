// The scanner as it ships: the compiled dist/ (the npm scripts build first), not the TypeScript
// sources through tsx, whose keepNames wrappers (`__name(fn, "…")` around every function made at
// run time) cost time of their own that users never pay.
import type * as Presets from "../src/core/presets/index.js";
import type * as Scan from "../src/scan/index.js";
import type * as Cli from "../src/cli.js";

async function load<T>(path: string): Promise<T> {
  return (await import(new URL(path, import.meta.url).href)) as T;
}

export const { scanPaths } = await load<typeof Scan>("../dist/src/scan/index.js");
export const { PRESETS } = await load<typeof Presets>("../dist/src/core/presets/index.js");
export const { run } = await load<typeof Cli>("../dist/src/cli.js");
