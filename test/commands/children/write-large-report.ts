// Writes a report of the given size with writeFileAtomic and says when it starts, so that a test
// can send a signal while the temporary file exists. `node --import tsx write-large-report.ts <file> <MB>`.
import { writeFileAtomic } from "../../../src/commands/write-file-atomic.js";

const [file = "report.json", megabytes = "64"] = process.argv.slice(2);
const text = "x".repeat(Number(megabytes) * 1024 * 1024);
process.stdout.write("writing\n");
const result = await writeFileAtomic(file, text);
process.stdout.write(result.ok ? "done\n" : `failed: ${result.reason}\n`);
