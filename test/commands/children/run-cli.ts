// The CLI from source in a process of its own, for tests that need one: another user's
// permissions, a real standard output, signals. `node --import tsx run-cli.ts <cwd> <args…>`.
import { run } from "../../../src/cli.js";

const [cwd = ".", ...argv] = process.argv.slice(2);
process.chdir(cwd);
process.exitCode = await run(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
