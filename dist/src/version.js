// Name and version from package.json, read once (reported by --version and in SARIF).
import { existsSync, readFileSync } from "node:fs";
let cached;
export function packageInfo() {
    if (cached)
        return cached;
    // src/version.ts in tests, dist/src/version.js when built: the package root is one or two up.
    const candidates = ["../package.json", "../../package.json"].map((p) => new URL(p, import.meta.url));
    const file = candidates.find((url) => existsSync(url) && readFileSync(url, "utf8").includes('"eslint-plugin-port-policy"'));
    if (!file)
        throw new Error("package.json of eslint-plugin-port-policy not found");
    cached = JSON.parse(readFileSync(file, "utf8"));
    return cached;
}
