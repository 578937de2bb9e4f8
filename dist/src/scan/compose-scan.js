// The compose front end as the scanner calls it. Each file is read into service layers as it
// arrives, interpolated with its directory's environment (the `.env` beside it, or the --env-file
// files; the process environment winning), so that its YAML tree can go at once; at the end the
// files are grouped into projects, merged and listed by src/scan/compose/. A project's files all
// sit in its base file's directory, so the directory decides the environment. The `.env` is read
// even when .gitignore hides it from the walk, as Compose itself reads it; when the scan has read
// it already (as an env file), that text is used instead of a second read. At the end it also
// says, for each env file a project reads (its `.env`, `--env-file`, a service's `env_file:`), who
// reads it and which of its variables the compose files use, so that the env-file front end
// judges its ports as the containers' (src/scan/env-file-listeners.ts).
import { dirname, join, resolve } from "node:path";
import { composeEnvironment, composeListeners, readComposeFile } from "./compose/index.js";
import { valueOf } from "./compose/field.js";
import { groupComposeProjects } from "./compose-projects.js";
import { displayPath } from "./discover.js";
import { parseErrorFinding } from "./load-file.js";
import { readSource } from "./read-source.js";
import { appendAll } from "./append-all.js";
import { isSwarmStackFile } from "./compose/swarm-stack.js";
/** Example env files a repository ships for users to copy, in the order they are looked for. */
const EXAMPLE_NAMES = ["env.example", ".env.example", ".env.sample", ".env.dist"];
/** The first example env file beside a compose file that has no .env; one that cannot be read is passed over (Compose never reads it). */
function readExample(dir, cwd, known) {
    for (const name of EXAMPLE_NAMES) {
        const source = readEnvFile(join(dir, name), cwd, false, known);
        if (source && "file" in source)
            return source.file;
    }
    return undefined;
}
/** The Dockerfile a service builds, as an absolute path; undefined for remote and inline builds. */
function dockerfilePath(build, projectDir) {
    if (!build || build.inline)
        return undefined;
    const context = build.context ? valueOf(build.context) : ".";
    const dockerfile = build.dockerfile ? valueOf(build.dockerfile) : "Dockerfile";
    if (context === undefined || dockerfile === undefined || /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(context))
        return undefined;
    return resolve(projectDir, context, dockerfile);
}
// `$VAR` and `${VAR…}`, not the escape `$$`; a line that is a comment is not interpolated.
const VARIABLE = /(?<!\$)\$(?:\{([A-Za-z_]\w*)|([A-Za-z_]\w*))/g;
function mentionedVariables(text, into) {
    if (!text.includes("$"))
        return;
    for (const line of text.split("\n")) {
        if (!line.includes("$") || line.trimStart().startsWith("#"))
            continue;
        for (const match of line.matchAll(VARIABLE))
            into.add(match[1] ?? match[2]);
    }
}
/** An env file read from disk; a missing `.env` is simply absent, a broken one a parse-error. */
function readEnvFile(absolute, cwd, required, known) {
    const path = displayPath(cwd, absolute);
    const text = known.get(absolute);
    if (text !== undefined)
        return { file: { path, text } };
    const read = readSource(absolute);
    if (read.ok)
        return { file: { path, text: read.text } };
    if (!required && read.reason.startsWith("it does not exist"))
        return undefined;
    return { finding: parseErrorFinding(path, read.reason) };
}
/**
 * The project name, made unique when two scanned projects would share it (two `-f` files in one
 * directory, two `api/` directories): the name is the scope of the project's host ports, and
 * files that are never run together must not be compared as one project.
 */
function uniqueNames(projects, processEnv) {
    const names = projects.map((project) => processEnv.COMPOSE_PROJECT_NAME ?? project.name);
    const uses = new Map();
    for (const name of names)
        uses.set(name, (uses.get(name) ?? 0) + 1);
    return names.map((name, index) => (uses.get(name) === 1 ? name : `${name}@${projects[index].files[0].path}`));
}
/** `known`: env files the scan reads anyway; filled as it goes, so it is looked up, never copied. */
export function composeScan(options, known = new Map()) {
    const { cwd } = options;
    const files = [];
    const findings = [];
    const reported = new Set();
    const report = (finding) => {
        const key = `${finding.origin.file}:${finding.origin.line}:${finding.message}`;
        if (reported.has(key))
            return;
        reported.add(key);
        findings.push(finding);
    };
    let envFiles;
    let envFilePaths = [];
    const environments = new Map();
    const directories = new Map();
    const environmentOf = (dir) => {
        if (!envFiles) {
            const paths = (options.envFiles ?? []).map((file) => resolve(cwd, file));
            const explicit = paths.map((path) => readEnvFile(path, cwd, true, known));
            explicit.forEach((source) => source && "finding" in source && report(source.finding));
            envFiles = explicit.flatMap((source) => (source && "file" in source ? [source.file] : []));
            envFilePaths = paths.filter((_, index) => explicit[index] && "file" in explicit[index]);
        }
        let env = environments.get(dir);
        if (env)
            return env;
        const dotenvPath = join(dir, ".env");
        const dotenv = envFiles.length > 0 ? undefined : readEnvFile(dotenvPath, cwd, false, known);
        if (dotenv && "finding" in dotenv)
            report(dotenv.finding);
        const example = dotenv === undefined && envFiles.length === 0 ? readExample(dir, cwd, known) : undefined;
        const environment = composeEnvironment(dotenv && "file" in dotenv ? dotenv.file : undefined, options.env, envFiles, example);
        environment.findings.forEach(report);
        environments.set(dir, (env = environment.example ? { env: environment.env, example: environment.example } : { env: environment.env }));
        const sources = envFiles.length > 0 ? envFilePaths : dotenv && "file" in dotenv ? [dotenvPath] : [];
        directories.set(dir, { sources, checked: new Set(), mentioned: new Set() });
        return env;
    };
    return {
        add(file) {
            const dir = dirname(file.absolute ?? resolve(cwd, file.path));
            const { env, example } = environmentOf(dir);
            const use = directories.get(dir);
            mentionedVariables(file.text, use.mentioned);
            const read = readComposeFile(file, (name) => {
                use.checked.add(name);
                return env[name];
            }, example);
            appendAll(findings, read.findings);
            files.push({ path: file.path, ...(file.absolute ? { absolute: file.absolute } : {}), layers: read.layers });
        },
        finish(images = new Map()) {
            const linked = new Set();
            const result = { listeners: [], findings, linked };
            const envFileUses = new Map();
            const projects = groupComposeProjects(files, cwd);
            const names = uniqueNames(projects, options.env);
            const requireHostIp = options.policy?.publish.requireHostIp === true;
            for (const [index, project] of projects.entries()) {
                const first = project.files[0];
                const dir = dirname(first.absolute ?? resolve(cwd, first.path));
                // Compose resolves a build context against the project directory, its first file's.
                const imageOf = (service) => {
                    const path = first.absolute === undefined || images.size === 0 ? undefined : dockerfilePath(service.build, dir);
                    const image = path === undefined ? undefined : images.get(path);
                    const target = service.build?.target;
                    // A target that cannot be read or names no stage builds nothing the scan can see.
                    const built = target === undefined ? image : image?.targets?.get(valueOf(target)?.toLowerCase() ?? "");
                    if (built)
                        linked.add(path);
                    return built;
                };
                const stack = project.files.every((file) => isSwarmStackFile(file.path));
                const found = composeListeners(project.files.map((file) => file.layers), names[index], { requireHostIp: requireHostIp && !stack, imageOf });
                appendAll(result.listeners, found.listeners);
                appendAll(result.findings, found.findings);
                noteEnvFileUses(envFileUses, dir, found.services, directories.get(dir));
            }
            files.length = 0;
            return { ...result, envFileUses };
        },
    };
}
function useOf(uses, path) {
    let use = uses.get(path);
    if (!use)
        uses.set(path, (use = { envFileOf: [], interpolatedBy: [], checked: new Set(), mentioned: new Set() }));
    return use;
}
/** Services read `env_file:` paths relative to the project directory; the directory's env feeds them all. */
function noteEnvFileUses(uses, dir, services, directory) {
    for (const service of services) {
        for (const path of service.envFiles)
            useOf(uses, resolve(dir, path)).envFileOf.push(service);
    }
    for (const source of directory?.sources ?? []) {
        const use = useOf(uses, source);
        use.interpolatedBy.push(...services);
        for (const name of directory.checked)
            use.checked.add(name);
        for (const name of directory.mentioned)
            use.mentioned.add(name);
    }
}
