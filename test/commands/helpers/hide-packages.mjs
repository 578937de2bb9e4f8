// Preloaded with `node --import` by scan-code-environment.test.ts: makes the packages named in
// PORT_POLICY_HIDE (comma-separated) impossible to resolve, for ESM imports and CommonJS
// requires alike, with the errors Node gives for a package that is not installed. That is how a
// project without ESLint or TypeScript looks to port-policy, without uninstalling anything.
import Module, { register } from "node:module";

const hidden = (process.env.PORT_POLICY_HIDE ?? "").split(",").filter(Boolean);
const isHidden = (request) => hidden.some((name) => request === name || request.startsWith(`${name}/`));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (isHidden(request)) {
    throw Object.assign(new Error(`Cannot find module '${request}'`), { code: "MODULE_NOT_FOUND" });
  }
  return resolveFilename.call(this, request, ...rest);
};

const hooks = `
const hidden = ${JSON.stringify(hidden)};
export async function resolve(specifier, context, next) {
  if (hidden.some((name) => specifier === name || specifier.startsWith(name + "/"))) {
    throw Object.assign(new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL), { code: "ERR_MODULE_NOT_FOUND" });
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
