// A bench-only experiment, never used by the plugin: ESLint 10.15 makes each rule's context with
// `Object.create(fileContext)` (FileContext#extend, lib/linter/file-context.js), so every file's
// context object becomes a prototype, which V8 pays for in garbage-collection work. Replacing
// that one method with a plain frozen copy (FileContext holds six data fields and no methods)
// shows what rules would cost if ESLint built contexts that way. Loaded by absolute path, as the
// package's exports do not name the file; the CommonJS cache makes it the instance ESLint uses.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

interface Extendable {
  extend(extension: object): object;
}

/** Patches FileContext#extend; returns the function that restores it. */
export function usePlainRuleContexts(): () => void {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("eslint/package.json")), "lib/linter/file-context.js");
  const { FileContext } = require(file) as { FileContext: { prototype: Extendable } };
  const original = FileContext.prototype.extend;
  FileContext.prototype.extend = function extend(this: object, extension: object) {
    return Object.freeze({ ...this, ...extension });
  };
  return () => {
    FileContext.prototype.extend = original;
  };
}
