// A Dockerfile as the build stages it declares (docker/docs `reference/dockerfile.md`): each FROM
// starts a stage, which inherits the image config of a stage it names (`FROM build`): its ENV,
// USER and EXPOSE. ARGs before the first FROM serve FROM lines only, unless a stage declares them
// again (`ARG PORT`); a stage's ARG default can be changed with --build-arg, so a value that
// comes from one is a fallback, like compose's `${PORT:-8080}`. Parsed with dockerfile-ast (the
// parser of VS Code's Dockerfile language server), which gives every argument's exact range.
import { createRequire } from "node:module";
import { interpolate } from "../compose/interpolate.js";
let parser;
/** Loaded on the first Dockerfile: importing it costs ~40 ms that a scan without one need not pay. */
function dockerfileParser() {
    parser ??= createRequire(import.meta.url)("dockerfile-ast").DockerfileParser;
    return parser;
}
function offsetOf(file, position) {
    return (file.lines.lineStarts[position.line] ?? 0) + position.character;
}
function tokenOf(argument, file) {
    const range = argument.getRange();
    const start = offsetOf(file, range.start);
    return { text: file.text.slice(start, offsetOf(file, range.end)), start };
}
/** A value with its variables substituted; undefined when one of them is unknown. */
export function substitute(text, variables) {
    const result = interpolate(text, (name) => variables.get(name)?.value);
    if (!result.ok || result.unset.length > 0)
        return undefined;
    return { value: result.value, fromArg: result.variables.some((name) => variables.get(name)?.fromArg === true) };
}
function unquote(text) {
    return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.at(-1) === text[0] ? text.slice(1, -1) : text;
}
function readArg(instruction, reader, stage) {
    const property = instruction.getProperty?.();
    if (!property)
        return;
    const name = property.getName();
    const written = property.getValue();
    const scope = stage?.variables ?? reader.global;
    // `ARG PORT` in a stage takes the global default, if any; either way a build arg can replace it.
    const base = written === null ? reader.global.get(name) : substitute(written, scope);
    if (base)
        scope.set(name, { value: base.value, fromArg: true });
    else if (written === null)
        scope.delete(name);
}
function readEnv(instruction, stage) {
    for (const property of instruction.getProperties?.() ?? []) {
        const written = property.getValue();
        const value = written === null ? undefined : substitute(written, stage.variables);
        if (value)
            stage.variables.set(property.getName(), value);
        else
            stage.variables.delete(property.getName());
    }
}
/**
 * `FROM [--platform=…] <image> [AS <name>]`, read from one getArguments() call: dockerfile-ast
 * re-tokenizes the instruction on every accessor (getImage, getBuildStage), which was most of a
 * Dockerfile's cost in bench:scan.
 */
function readFrom(instruction, reader) {
    const words = instruction
        .getArguments()
        .map((argument) => argument.getValue())
        .filter((word) => !word.startsWith("--"));
    const image = words[0];
    const substituted = image === undefined ? undefined : substitute(image, reader.global)?.value;
    const parent = substituted === undefined ? undefined : reader.stages.find((stage) => stage.name === substituted.toLowerCase());
    const name = words[1]?.toUpperCase() === "AS" ? words[2]?.toLowerCase() : undefined;
    return {
        ...(name ? { name } : {}),
        ...(substituted !== undefined ? { from: substituted } : {}),
        // A stage built on another starts with its ENV (ARGs never carry over).
        variables: new Map(parent ? [...parent.variables].filter(([, value]) => !value.fromArg) : []),
        exposes: [],
    };
}
// Instructions that never bear on ports, users or base images.
const IRRELEVANT = /^[ \t]*(?:RUN|COPY|ADD|CMD|ENTRYPOINT|LABEL|WORKDIR|HEALTHCHECK|VOLUME|SHELL|STOPSIGNAL|ONBUILD|MAINTAINER)\b/i;
/**
 * The text with the instructions that cannot matter here emptied, line for line, so that every
 * line and column stays where it was: dockerfile-ast tokenizes every argument of every
 * instruction while parsing, and RUN lines are most of a real Dockerfile. A file with a parser
 * directive changing the escape character, or with a heredoc (whose body may look like
 * instructions), is parsed as written from there on.
 */
export function relevantText(text) {
    if (/^#\s*escape\s*=/im.test(text))
        return text;
    const lines = text.split("\n");
    let blanking = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.includes("<<"))
            break;
        if (!blanking)
            blanking = IRRELEVANT.test(line);
        else if (/^[ \t]*#/.test(line)) {
            // A comment inside a continued instruction does not end it.
            lines[i] = line.endsWith("\r") ? "\r" : "";
            continue;
        }
        if (!blanking)
            continue;
        // The instruction goes on while a line ends with the escape character.
        blanking = /\\[ \t]*\r?$/.test(line);
        lines[i] = line.endsWith("\r") ? "\r" : "";
    }
    return lines.join("\n");
}
/** The instructions of a stage read here; the parser gives every other one too. */
const STAGE_KEYWORDS = new Set(["ENV", "USER", "EXPOSE"]);
/**
 * An instruction before any FROM: docker build refuses the file ("no build stage in current
 * context"), yet a fragment (a template's tail, a snippet) is checked as one stage, as hadolint
 * checks it, rather than passed without a word.
 */
function fragmentStage(reader) {
    const stage = { variables: new Map(reader.global), exposes: [] };
    reader.stages.push(stage);
    return stage;
}
export function readStages(file) {
    const dockerfile = dockerfileParser().parse(relevantText(file.text));
    const reader = { file, global: new Map(), stages: [] };
    let stage;
    for (const instruction of dockerfile.getInstructions()) {
        const keyword = instruction.getKeyword();
        if (keyword === "FROM") {
            stage = readFrom(instruction, reader);
            reader.stages.push(stage);
        }
        else if (keyword === "ARG")
            readArg(instruction, reader, stage);
        if (!STAGE_KEYWORDS.has(keyword))
            continue;
        stage ??= fragmentStage(reader);
        if (keyword === "ENV")
            readEnv(instruction, stage);
        else if (keyword === "USER") {
            const [argument] = instruction.getArguments();
            const value = argument ? substitute(unquote(argument.getValue()), stage.variables)?.value : undefined;
            stage.user = value === undefined ? {} : { value };
        }
        else {
            const variables = new Map(stage.variables);
            for (const argument of instruction.getArguments())
                stage.exposes.push({ token: tokenOf(argument, file), variables });
        }
    }
    return reader.stages;
}
