// Which files are bundler configs whose dev-server ports the collector reads, by name alone:
// vite.config.*, vite.<name>.config.* (electron-forge), vite.config-<name>.*; webpack.*.js and
// rspack.*.js (webpack.dev.js, webpack.config.prod.js), vue.config.* (Vue CLI serves with
// webpack-dev-server). Not vitest.config.* (no dev server). Data and a name test only (no
// parser), so that a text test can ask it before anything is parsed.
export type ConfigKind = "vite" | "webpack-dev-server";

export function configKind(filename: string): ConfigKind | undefined {
  // Asked of every file ESLint lints: the base name without splitting the path, and one test first.
  const base = filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
  if (!/^(?:vite|webpack|rspack|vue)[.-]/.test(base)) return undefined;
  if (/^vite(?:\.[\w-]+)*\.config(?:[.-][\w-]+)*\.[cm]?[jt]s$/.test(base)) return "vite";
  if (/^(?:webpack|rspack)(?:[.-][\w-]+)*\.[cm]?[jt]s$/.test(base) || /^vue\.config\.[cm]?[jt]s$/.test(base)) return "webpack-dev-server";
  return undefined;
}
