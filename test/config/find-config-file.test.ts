import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findConfigFile } from "../../src/config/find-config-file.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

describe("findConfigFile", () => {
  it("walks up from the working directory to the nearest config", () => {
    const root = projects.make({ "port-policy.config.yml": "{}\n", "apps/web/src/.keep": "" });
    expect(findConfigFile(join(root, "apps/web/src"))).toEqual({ ok: true, file: join(root, "port-policy.config.yml") });
  });

  it("takes the nearest of several on the way up", () => {
    const root = projects.make({ "port-policy.config.yml": "{}\n", "apps/web/port-policy.config.json": "{}", "apps/web/src/.keep": "" });
    expect(findConfigFile(join(root, "apps/web/src"))).toEqual({ ok: true, file: join(root, "apps/web/port-policy.config.json") });
  });

  it("finds every supported file name", () => {
    for (const name of ["port-policy.config.js", "port-policy.config.mjs", "port-policy.config.json", "port-policy.config.yaml", "port-policy.config.yml"]) {
      const root = projects.make({ [name]: "" });
      expect(findConfigFile(root)).toEqual({ ok: true, file: join(root, name) });
    }
  });

  it("uses a package.json with a portPolicy key and walks past one without it", () => {
    const root = projects.make({
      "package.json": JSON.stringify({ name: "mono", portPolicy: { rules: {} } }),
      "packages/api/package.json": JSON.stringify({ name: "api" }),
    });
    expect(findConfigFile(join(root, "packages/api"))).toEqual({ ok: true, file: join(root, "package.json") });
  });

  it("reads a package.json that mentions the key but does not parse, so its syntax error is reported", () => {
    const root = projects.make({ "package.json": '{ "portPolicy": { , }' });
    expect(findConfigFile(root)).toEqual({ ok: true, file: join(root, "package.json") });
  });

  it("reports two configs in one directory instead of picking one", () => {
    const root = projects.make({ "port-policy.config.yml": "", "package.json": JSON.stringify({ portPolicy: {} }) });
    expect(findConfigFile(root)).toEqual({
      ok: false,
      errors: [
        {
          file: join(root, "port-policy.config.yml"),
          pointer: "",
          code: "multipleConfigFiles",
          data: { directory: root, names: "port-policy.config.yml, package.json" },
        },
      ],
    });
  });

  it("walks up from a directory that cannot be listed (missing, or a file) to the nearest config", () => {
    const root = projects.make({ "port-policy.config.yml": "{}\n", "src/index.yml": "" });
    expect(findConfigFile(join(root, "src/missing"))).toEqual({ ok: true, file: join(root, "port-policy.config.yml") });
    expect(findConfigFile(join(root, "src/index.yml"))).toEqual({ ok: true, file: join(root, "port-policy.config.yml") });
  });

  it("does not take a config name with other letter case on a case-sensitive file system", () => {
    const root = projects.make({ "Port-Policy.config.yml": "{}\n", "src/.keep": "" });
    const caseSensitive = !existsSync(join(root, "port-policy.config.yml"));
    expect(findConfigFile(join(root, "src"))).toEqual({ ok: true, file: caseSensitive ? undefined : join(root, "port-policy.config.yml") });
  });

  it("finds nothing when no directory up to the root has a config", () => {
    const root = projects.make({ "src/.keep": "" });
    expect(findConfigFile(join(root, "src"))).toEqual({ ok: true, file: undefined });
  });
});
