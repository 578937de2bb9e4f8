// Builds the package's JavaScript (dist/, committed so that a git checkout runs without a build:
// see README "Development"). `node scripts/build.js [outDir]`: the whole output directory is
// replaced, so a deleted source file leaves no stale module behind; test/install/dist.test.ts
// builds into a temporary directory and compares it with the committed dist/.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

const outDir = resolve(process.argv[2] ?? "dist");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", outDir], { stdio: "inherit", cwd: resolve(import.meta.dirname, "..") });
