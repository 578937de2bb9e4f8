// Preloaded (`node --import`) into the CLI runs of bench/repo.ts: prints the process's peak
// resident set size to stderr as it exits, so the parent can read the child's own figure.
import { writeSync } from "node:fs";

process.on("exit", () => writeSync(2, `\nmaxrss-kb=${process.resourceUsage().maxRSS}\n`));
