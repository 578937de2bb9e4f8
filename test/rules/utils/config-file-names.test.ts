// Which file names are bundler configs the collector reads by name (rules/utils/config-file-names.ts).
import { describe, expect, it } from "vitest";
import { configKind } from "../../../rules/utils/config-file-names.js";

describe("configKind", () => {
  it.each([
    ["/repo/vite.config.ts", "vite"],
    ["/repo/apps/web/vite.main.config.mts", "vite"],
    ["/repo/vite.config-renderer.js", "vite"],
    ["C:\\repo\\vite.config.js", "vite"],
    ["/repo/webpack.config.js", "webpack-dev-server"],
    ["/repo/webpack.dev.js", "webpack-dev-server"],
    ["/repo/webpack-dev.cjs", "webpack-dev-server"],
    ["/repo/rspack.config.ts", "webpack-dev-server"],
    ["/repo/vue.config.js", "webpack-dev-server"],
    ["vite.config.ts", "vite"],
  ])("%s is a %s config", (file, kind) => {
    expect(configKind(file)).toBe(kind);
  });

  it.each(["/repo/vitest.config.ts", "/repo/src/vite.ts", "/repo/vite/config.ts", "/repo/webpack.json", "/repo/my-webpack.config.js", "/vite.config/server.ts", "/repo/vue.js"])("%s is not", (file) => {
    expect(configKind(file)).toBeUndefined();
  });
});
