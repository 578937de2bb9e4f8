// Real directories for config tests: each call makes a fresh temp dir with the given files.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface TempProjects {
  make(files: Readonly<Record<string, string>>): string;
  cleanup(): void;
}

/** Call `cleanup` in afterAll. Paths are real paths, as the loader reports them. */
export function tempProjects(): TempProjects {
  const made: string[] = [];
  return {
    make(files) {
      const root = realpathSync(mkdtempSync(join(tmpdir(), "port-policy-config-")));
      made.push(root);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      return root;
    },
    cleanup() {
      for (const dir of made) rmSync(dir, { recursive: true, force: true });
    },
  };
}
