// Which compose files form one project. Without -f, Compose takes the first of compose.yaml,
// compose.yml, docker-compose.yml, docker-compose.yaml in a directory and merges the first of the
// override names beside it (compose-go cli/options.go DefaultFileNames, DefaultOverrideFileNames).
// Every other compose file (docker-compose.prod.yml, a content-detected deploy.yaml) is a project
// of its own, as `docker compose -f <file>` would load it.
/** What grouping needs of a file: its shown path and, when it has one, its absolute path. */
interface Placed {
  path: string;
  absolute?: string;
}

const BASE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
const OVERRIDE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];

export interface ComposeProject<F extends Placed = Placed> {
  /** Base first, then the override. */
  files: F[];
  /** Directory of the first file, forward slashes ("." for the working directory). */
  dir: string;
  /** Compose's default project name: the directory's base name, normalised. */
  name: string;
}

function split(path: string): { dir: string; base: string } {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? { dir: ".", base: path } : { dir: path.slice(0, slash), base: path.slice(slash + 1) };
}

/** compose-go `NormalizeProjectName`: lower case, only [a-z0-9_-], starting with a letter or digit. */
export function projectNameFor(absoluteDir: string): string {
  const base = absoluteDir.slice(absoluteDir.lastIndexOf("/") + 1).toLowerCase();
  return base.replace(/[^a-z0-9_-]/g, "").replace(/^[^a-z0-9]+/, "") || "default";
}

export function groupComposeProjects<F extends Placed>(files: readonly F[], cwd: string): ComposeProject<F>[] {
  const byDir = new Map<string, Map<string, F>>();
  for (const file of files) {
    const { dir, base } = split(file.path);
    const names = byDir.get(dir) ?? new Map<string, F>();
    names.set(base, file);
    byDir.set(dir, names);
  }
  const projects: ComposeProject<F>[] = [];
  const grouped = new Set<F>();
  for (const [dir, names] of byDir) {
    const base = BASE_NAMES.map((name) => names.get(name)).find(Boolean);
    const override = OVERRIDE_NAMES.map((name) => names.get(name)).find(Boolean);
    if (!base || !override) continue;
    projects.push({ files: [base, override], dir, name: projectNameFor(absoluteDirOf(base, cwd)) });
    grouped.add(base).add(override);
  }
  for (const file of files) {
    if (grouped.has(file)) continue;
    projects.push({ files: [file], dir: split(file.path).dir, name: projectNameFor(absoluteDirOf(file, cwd)) });
  }
  return projects.sort((a, b) => (a.files[0]!.path < b.files[0]!.path ? -1 : 1));
}

function absoluteDirOf(file: Placed, cwd: string): string {
  const absolute = file.absolute ?? `${cwd}/${file.path}`;
  return absolute.slice(0, absolute.lastIndexOf("/")) || "/";
}
