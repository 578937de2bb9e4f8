#!/usr/bin/env node
// The only place that sets the exit code: run() returns it (see src/cli.ts).
import { run } from "../dist/src/cli.js";

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
