const BASE_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
const OVERRIDE_NAMES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
function split(path) {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? { dir: ".", base: path } : { dir: path.slice(0, slash), base: path.slice(slash + 1) };
}
/** compose-go `NormalizeProjectName`: lower case, only [a-z0-9_-], starting with a letter or digit. */
export function projectNameFor(absoluteDir) {
    const base = absoluteDir.slice(absoluteDir.lastIndexOf("/") + 1).toLowerCase();
    return base.replace(/[^a-z0-9_-]/g, "").replace(/^[^a-z0-9]+/, "") || "default";
}
export function groupComposeProjects(files, cwd) {
    const byDir = new Map();
    for (const file of files) {
        const { dir, base } = split(file.path);
        const names = byDir.get(dir) ?? new Map();
        names.set(base, file);
        byDir.set(dir, names);
    }
    const projects = [];
    const grouped = new Set();
    for (const [dir, names] of byDir) {
        const base = BASE_NAMES.map((name) => names.get(name)).find(Boolean);
        const override = OVERRIDE_NAMES.map((name) => names.get(name)).find(Boolean);
        if (!base || !override)
            continue;
        projects.push({ files: [base, override], dir, name: projectNameFor(absoluteDirOf(base, cwd)) });
        grouped.add(base).add(override);
    }
    for (const file of files) {
        if (grouped.has(file))
            continue;
        projects.push({ files: [file], dir: split(file.path).dir, name: projectNameFor(absoluteDirOf(file, cwd)) });
    }
    return projects.sort((a, b) => (a.files[0].path < b.files[0].path ? -1 : 1));
}
function absoluteDirOf(file, cwd) {
    const absolute = file.absolute ?? `${cwd}/${file.path}`;
    return absolute.slice(0, absolute.lastIndexOf("/")) || "/";
}
