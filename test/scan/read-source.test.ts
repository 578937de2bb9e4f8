// Reading files: whole texts whatever their size up to the limit, no bytes carried over from the
// previous file through the reused buffer, and the same result whether or not discovery has
// already said the file is regular.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, readCodeSource, readSource } from "../../src/scan/read-source.js";
import { tempDir } from "./scan-fixture.js";

function fileWith(text: string | Buffer): string {
  const path = join(tempDir(), "file.yaml");
  writeFileSync(path, text);
  return path;
}

describe("readSource", () => {
  it("reads a file larger than its first buffer whole, with or without knowing it is regular", () => {
    const text = `${"# padding line\n".repeat(20_000)}ports: ["8080:80"]\n`;
    const path = fileWith(text);
    expect(text.length).toBeGreaterThan(64 * 1024);
    expect(readSource(path, true)).toEqual({ ok: true, text });
    expect(readSource(path, false)).toEqual({ ok: true, text });
  });

  it("gives a short file only its own bytes after a longer one", () => {
    const long = fileWith("x".repeat(5000));
    const short = fileWith("a: 1\n");
    readSource(long, true);
    expect(readSource(short, true)).toEqual({ ok: true, text: "a: 1\n" });
  });

  it("refuses a file over the limit by its size, whichever way it is read", () => {
    const path = fileWith(Buffer.alloc(MAX_FILE_BYTES + 1, "a"));
    const reason = "it is 10 MB, over the 10 MB limit for config files";
    expect(readSource(path, true)).toEqual({ ok: false, reason, tooLarge: true });
    expect(readSource(path, false)).toEqual({ ok: false, reason, tooLarge: true });
  });

  it("reads code as Node does: invalid UTF-8 replaced, NUL bytes kept, the same size limit", () => {
    const text = fileWith(Buffer.from([0x2f, 0x2f, 0xe9, 0x0a, 0x78, 0x00, 0x0a]));
    expect(readCodeSource(text, true)).toEqual({ ok: true, text: "//\ufffd\nx\u0000\n" });
    const big = fileWith(Buffer.alloc(MAX_FILE_BYTES + 1, "a"));
    expect(readCodeSource(big, true)).toEqual({ ok: false, reason: "it is 10 MB, over the 10 MB limit for code files", tooLarge: true });
  });

  it("takes a file of exactly the limit", () => {
    const path = fileWith(Buffer.alloc(MAX_FILE_BYTES, "a"));
    const read = readSource(path, true);
    expect(read.ok && read.text.length).toBe(MAX_FILE_BYTES);
  });
});
