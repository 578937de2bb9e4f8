// One sentence per ConfigError code, saying what is wrong and what to change (after ESLint's
// messages/*.js: one help text per expected failure). Rendered as
// "file:line:column: key.path: sentence" so terminals and editors can jump to the spot.
import { isAbsolute, relative } from "node:path";
import { renderMessage } from "../core/catalogue.js";
import { COMMAND_LINE, pointerSegments, type ConfigError, type ConfigErrorCode } from "./config-error.js";

export const CONFIG_MESSAGES: Readonly<Record<ConfigErrorCode, string>> = {
  configNotFound: "{{path}} does not exist; check the config path given (--config, or configFile for ESLint).",
  readFailed: "the file could not be read: {{reason}}.",
  yamlSyntax: "the file is not valid YAML ({{reason}}); fix the syntax here, nothing was checked with this config.",
  jsonSyntax: "the file is not valid JSON ({{reason}}); fix the syntax here, nothing was checked with this config.",
  jsLoadFailed: "the config module failed to load ({{reason}}); fix it so that it exports the config object.",
  needsAsyncLoad:
    "this config module uses top-level await, which the synchronous portPolicySettings() cannot run; use await loadPortPolicySettings() in the ESLint config, or write the config as YAML or JSON.",
  typescriptUnsupported:
    "Node.js {{version}} cannot load a TypeScript config; run Node.js 22.18 or later, which strips types by itself, or write the config as port-policy.config.mjs or .yml.",
  tooDeep: "the config is nested more than {{limit}} levels deep here (or refers to itself); a port-policy config needs at most 4, so nothing was checked with it.",
  multipleConfigFiles: "{{directory}} has more than one port-policy config ({{names}}); keep one, so that it is clear which applies.",
  notAnObject: "the config must be a mapping of settings (extends, rules, allowlist, ...), not {{value}}.",
  unknownKey: '"{{key}}" is not a setting here{{hint}}; the known keys are {{known}}.',
  unknownRule: '"{{key}}" is not a port-policy rule{{hint}}; the rules are {{known}}.',
  notOneOf: "{{value}} is not one of {{allowed}}{{hint}}.",
  wrongType: "{{value}} should be {{expected}}.",
  missingKey: '"{{key}}" is required here{{why}}.',
  emptyReason: "the reason is empty; say why the port is allowed, so that reviewers can judge the exception.",
  emptyService: "the service name is empty; name the internal service that owns these ports.",
  badPortSpec: "{{value}} is not a valid port or range: {{reason}}.",
  registryOverlap:
    '"{{value}}" ({{service}}) overlaps "{{other}}" ({{otherService}}) without one containing the other, so some ports would have two owners; split the ranges, or nest a service\'s own ports inside its team\'s range.',
  unknownPreset: '"{{name}}" is not a built-in preset; use one of {{known}}.',
  packageNotFound:
    'the package "{{name}}" is not installed where this config is ({{directory}}); install it (npm install --save-dev {{name}}) or correct the name{{hint}}.',
  packageHasNoConfig:
    'the package "{{name}}" ({{directory}}) has no main or exports entry and no port-policy.config.* file; point its package.json "main" at its config file.',
  extendsFileNotFound: 'extends "{{name}}", but {{path}} does not exist.',
  extendsCycle: "the extends chain comes back to a file it started from: {{chain}}; remove one of these extends.",
  invalidValue: "{{value}} is not allowed here: {{reason}}.",
};

/** ["allowlist", "0", "reason"] → allowlist[0].reason; registry keys are quoted: registry["8443/tcp"]. */
export function keyPath(pointer: string): string {
  const segments = pointerSegments(pointer);
  return segments.reduce((path, segment, index) => {
    if (segments[index - 1] === "registry" || !/^[\w$-]+$/.test(segment)) return `${path}[${JSON.stringify(segment)}]`;
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    return path === "" ? segment : `${path}.${segment}`;
  }, "");
}

/** Relative to cwd when the file is inside it; otherwise absolute, which "../../../tmp/x.yml" is not. */
function displayFile(file: string, cwd: string | undefined): string {
  if (file === COMMAND_LINE || cwd === undefined) return file;
  const path = relative(cwd, file);
  return path === "" || path.startsWith("..") || isAbsolute(path) ? file : path;
}

export function renderConfigError(error: ConfigError, options: { cwd?: string } = {}): string {
  const file = displayFile(error.file, options.cwd);
  const where = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
  const key = keyPath(error.pointer);
  const sentence = renderMessage(CONFIG_MESSAGES[error.code], error.data);
  return key === "" ? `${where}: ${sentence}` : `${where}: ${key}: ${sentence}`;
}

export function renderConfigErrors(errors: readonly ConfigError[], options: { cwd?: string } = {}): string {
  return errors.map((error) => renderConfigError(error, options)).join("\n");
}
