import path from "node:path";
import { describe, expect, it } from "vitest";
import { composeFilesNaming } from "../../src/scan/changed-env-files.js";

const root = path.join(path.sep, "repo");
const at = (...parts: string[]) => path.join(root, ...parts);

describe("--changed-since: a changed env_file re-checks the compose file that names it", () => {
  const texts = new Map([
    [at("mail", "compose.yaml"), "services:\n  mailserver:\n    env_file: mailserver.env\n"],
    [at("netbox", "docker-compose.yml"), "services:\n  netbox:\n    env_file: env/netbox.env\n"],
    [at("other", "compose.yaml"), "services:\n  web:\n    image: nginx\n"],
  ]);
  const read = (file: string) => texts.get(file);
  const candidates = [...texts.keys(), at("mail", ".env"), at("k8s", "app.yaml")];

  it("keeps the compose file whose text holds the env file's relative path", () => {
    expect(composeFilesNaming(candidates, new Set([at("mail", "mailserver.env")]), read)).toEqual([at("mail", "compose.yaml")]);
    expect(composeFilesNaming(candidates, new Set([at("netbox", "env", "netbox.env")]), read)).toEqual([at("netbox", "docker-compose.yml")]);
  });

  it("adds nothing when no env file changed, or the env file lies outside the compose file's directory", () => {
    expect(composeFilesNaming(candidates, new Set([at("k8s", "app.yaml")]), read)).toEqual([]);
    expect(composeFilesNaming(candidates, new Set([at("elsewhere", "mailserver.env")]), read)).toEqual([]);
  });

  it("an unreadable compose file is not added", () => {
    expect(composeFilesNaming([at("gone", "compose.yaml")], new Set([at("gone", "app.env")]), () => undefined)).toEqual([]);
  });
});
