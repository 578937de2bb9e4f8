// Which files are bundler configs whose dev-server ports the collector reads, by name alone.
// Data and a name test only (no parser): the text prefilter asks it before anything is parsed.
export type ConfigKind = "vite" | "webpack-dev-server";

export function configKind(filename: string): ConfigKind | undefined {
  const base = filename.split(/[\\/]/).pop() ?? "";
  if (/^vite\.config\.[cm]?[jt]s$/.test(base)) return "vite";
  if (/^webpack\.config(\.[\w-]+)*\.[cm]?[jt]s$/.test(base)) return "webpack-dev-server";
  return undefined;
}
