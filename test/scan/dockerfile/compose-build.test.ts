// Compose services that `build:` a Dockerfile of the scan run its image (issue 13): its USER is
// their user unless `user:` says otherwise, its EXPOSE ports are their container ports unless the
// service declares the same port, its base image names them; and the Dockerfile is then checked
// as those services (compose's runtime), not on its own.
import { describe, expect, it } from "vitest";
import { describeFinding, describeListener, scanFiles } from "../scan-fixture.js";

const DOCKERFILE = "FROM postgres:16\nUSER postgres\nEXPOSE 5432 50000\n";

describe("compose build: and the Dockerfile it builds", () => {
  it("gives the service the image's EXPOSE ports, in its scope, and checks the Dockerfile only as the service", () => {
    const compose = "services:\n  db:\n    build: ./db\n    ports: ['15432:5432']\n";
    const { listeners, findings } = scanFiles({ "compose.yaml": compose, "db/Dockerfile": DOCKERFILE });
    expect(listeners.map(describeListener)).toEqual([
      "compose.yaml:4:20-24 5432/tcp container compose:port-policy-x:db",
      "compose.yaml:4:14-19 15432/tcp published compose:port-policy-x",
      "db/Dockerfile:3:13-18 50000/tcp container compose:port-policy-x:db",
    ].map((line) => line.replaceAll("port-policy-x", listeners[0]!.scope!.split(":")[1]!)));
    expect(listeners.every((l) => l.source === "compose")).toBe(true);
    expect(listeners[2]!.identity).toEqual({ name: "db", image: "postgres:16" });
    expect(findings.map(describeFinding)).toEqual(["db/Dockerfile:3:13-18 no-dynamic-port/dynamic error 50000"]);
  });

  it("takes the image's USER unless the service sets user:, and checks it under compose's runtime", () => {
    const compose = "services:\n  db:\n    build: {context: db, dockerfile: Dockerfile.prod}\n";
    const files = { "compose.yaml": compose, "db/Dockerfile.prod": "FROM nginx:1.27\nUSER 101\nEXPOSE 80\n" };
    const built = scanFiles(files);
    expect(built.listeners.map((l) => [l.port, l.privilege.user, l.source])).toEqual([[80, "non-root", "compose"]]);
    // On Docker 20.10+ (compose's runtime) a non-root process may bind 80; the same image alone, on the portable runtime, may not.
    expect(built.findings).toEqual([]);
    expect(scanFiles({ "db/Dockerfile.prod": files["db/Dockerfile.prod"] }).findings.map((f) => f.ruleId)).toEqual(["no-privileged-port"]);
    const asRoot = scanFiles({ ...files, "compose.yaml": `${compose}    user: root\n` });
    expect(asRoot.listeners[0]!.privilege.user).toBe("root");
  });

  it("resolves the build context against the project directory, with override files too", () => {
    const files = {
      "app/compose.yaml": "services:\n  web:\n    image: ghcr.io/acme/web:dev\n",
      "app/compose.override.yaml": "services:\n  web:\n    build: ../images/web\n",
      "images/web/Dockerfile": "FROM node:20\nEXPOSE 3000\n",
    };
    const { listeners } = scanFiles(files);
    expect(listeners.map((l) => [l.origin.file, l.port, l.identity])).toEqual([["images/web/Dockerfile", 3000, { name: "web", image: "node:20" }]]);
  });

  it("leaves a Dockerfile of a remote or inline build, or one not in the scan, on its own", () => {
    const compose = "services:\n  a:\n    build: https://github.com/acme/a.git\n  b:\n    build: {dockerfile_inline: 'FROM alpine'}\n  c:\n    build: ./missing\n";
    const { listeners } = scanFiles({ "compose.yaml": compose, Dockerfile: "FROM alpine:3.20\nEXPOSE 8080\n" });
    expect(listeners.map((l) => [l.origin.file, l.source])).toEqual([["Dockerfile", "dockerfile"]]);
  });

  it("does not repeat a port the service declares itself (expose or ports)", () => {
    const compose = "services:\n  db:\n    build: ./db\n    expose: ['5432']\n";
    const { listeners } = scanFiles({ "compose.yaml": compose, "db/Dockerfile": DOCKERFILE });
    expect(listeners.map((l) => [l.origin.file, l.port])).toEqual([
      ["compose.yaml", 5432],
      ["db/Dockerfile", 50000],
    ]);
  });

  // awesome-compose's react-java-mysql: `target: development` is a node stage; nginx is only the last.
  it("takes the image of build.target's stage, not the last stage's", () => {
    const compose = "services:\n  frontend:\n    build: {context: frontend, target: Development}\n    expose: [3306]\n";
    const dockerfile = "FROM node:lts AS development\nUSER node\nEXPOSE 3000\nCMD [\"npm\", \"start\"]\n\nFROM development AS builder\nRUN npm run build\n\nFROM nginx:1.13-alpine\nEXPOSE 80\n";
    const { listeners, findings } = scanFiles({ "compose.yaml": compose, "frontend/Dockerfile": dockerfile });
    expect(listeners.map((l) => [l.origin.file, l.origin.line, l.port, l.identity.image, l.privilege.user])).toEqual([
      ["compose.yaml", 4, 3306, "node:lts", "non-root"],
      ["frontend/Dockerfile", 3, 3000, "node:lts", "non-root"],
    ]);
    expect(findings).toEqual([]);
    const last = scanFiles({ "compose.yaml": compose.replace("target: Development", "target: builder"), "frontend/Dockerfile": dockerfile });
    expect(last.listeners.map((l) => [l.port, l.identity.image])).toEqual([[3306, "node:lts"], [3000, "node:lts"]]);
    const nginx = scanFiles({ "compose.yaml": compose.replace(", target: Development", ""), "frontend/Dockerfile": dockerfile });
    expect(nginx.findings.map(describeFinding)).toEqual([expect.stringMatching(/^compose\.yaml:4:14-18 no-registered-port-misuse\//)]);
  });

  it("leaves the Dockerfile on its own when build.target names no stage", () => {
    const compose = "services:\n  web:\n    build: {context: ., target: missing}\n";
    const { listeners } = scanFiles({ "compose.yaml": compose, Dockerfile: "FROM node:20 AS dev\nEXPOSE 3000\n" });
    expect(listeners.map((l) => [l.origin.file, l.source])).toEqual([["Dockerfile", "dockerfile"]]);
  });
});
