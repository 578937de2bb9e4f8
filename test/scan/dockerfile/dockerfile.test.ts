// The Dockerfile front end (issue 13): EXPOSE in its shapes, ARG/ENV substitution, the final
// stage of a multi-stage build, USER as privilege, FROM as identity, all six checks on the port
// token; hadolint DL3011, Trivy DS004/DS008 and Checkov CKV_DOCKER_1 are the anchor.
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/core/presets/index.js";
import { relevantText } from "../../../src/scan/dockerfile/stages.js";
import { carets, describeFinding, describeListener, scanFiles } from "../scan-fixture.js";

describe("Dockerfile discovery", () => {
  it("reads Dockerfile, *.Dockerfile, Dockerfile.* and Containerfile, and not templates or ignore files", () => {
    const text = "FROM alpine:3.20\nEXPOSE 8080\n";
    const files = {
      "Dockerfile": text,
      "api/prod.Dockerfile": text,
      "api/Dockerfile.dev": text,
      "podman/Containerfile": text,
      "api/Dockerfile.j2": "FROM {{ base }}\nEXPOSE {{ port }}\n",
      "api/Dockerfile.dockerignore": "node_modules\n",
      "docs/Dockerfile.md": "# notes\n",
    };
    const { files: scanned } = scanFiles(files);
    expect(scanned.map((file) => [file.path, file.kind, file.listeners])).toEqual([
      ["Dockerfile", "dockerfile", 1],
      ["api/Dockerfile.dev", "dockerfile", 1],
      ["api/prod.Dockerfile", "dockerfile", 1],
      ["podman/Containerfile", "dockerfile", 1],
    ]);
  });
});

describe("EXPOSE", () => {
  it("reads single ports, protocols in any case, ranges and quotes, each at its token", () => {
    const text = 'FROM alpine:3.20\nEXPOSE 8080 8443/tcp 5353/UDP \\\n  9000-9010 "7070"\n';
    const { listeners } = scanFiles({ Dockerfile: text });
    expect(listeners.map(describeListener)).toEqual([
      "Dockerfile:2:8-12 8080/tcp container",
      "Dockerfile:2:13-17 8443/tcp container",
      "Dockerfile:2:22-26 5353/udp container",
      "Dockerfile:3:3-12 9000-9010/tcp container",
      "Dockerfile:3:14-18 7070/tcp container",
    ]);
    expect(listeners.every((l) => l.source === "dockerfile" && l.scope === undefined)).toBe(true);
  });

  it("reports values above 65535 on the token, in ranges too (hadolint DL3011), and skips unset variables", () => {
    const text = "FROM alpine:3.20\nEXPOSE 80000 40000-80000/tcp ${UNSET} 40000-${UNSET} 60000\n";
    const { findings } = scanFiles({ Dockerfile: text });
    expect(findings.map(describeFinding)).toEqual([
      "Dockerfile:2:8-13 valid-port/outOfRange error 80000",
      "Dockerfile:2:14-25 valid-port/outOfRange error",
      "Dockerfile:2:54-59 no-dynamic-port/dynamic error 60000",
    ]);
  });

  it("reports a malformed value, and accepts 0 and 65535 as values", () => {
    const { findings } = scanFiles({ Dockerfile: "FROM alpine:3.20\nEXPOSE 80/http 0 65535/udp\n" });
    expect(findings.map((f) => [f.ruleId, f.messageId, f.origin.column, f.origin.endColumn])).toEqual([
      ["valid-port", "malformed", 11, 15],
      ["no-dynamic-port", "dynamic", 18, 23],
    ]);
  });

  it("substitutes ARG and ENV, marking build-arg defaults as fallbacks, at the variable or the default", () => {
    const text = "FROM alpine:3.20\nARG PORT=50000\nARG ALT=50003\nENV ADMIN=50001 OTHER=${ALT}\nEXPOSE $PORT ${ADMIN} ${MISSING:-50002} $OTHER\n";
    const { findings } = scanFiles({ Dockerfile: text });
    expect(findings.map((f) => [f.ruleId, f.port, f.origin.column, f.origin.endColumn, f.origin.fallback ?? false, /\b[A-Z]+\b/.exec(String(f.data.subject))?.[0]])).toEqual([
      ["no-dynamic-port", 50000, 8, 13, true, "PORT"],
      ["no-dynamic-port", 50001, 14, 22, false, undefined],
      ["no-dynamic-port", 50002, 34, 39, true, "MISSING"],
      ["no-dynamic-port", 50003, 41, 47, true, "OTHER"],
    ]);
  });

  it("checks the issue's line, EXPOSE 80 443/tcp 53/udp 8000-8010, under a named USER, each finding on its token", () => {
    const text = "FROM alpine:3.20\nUSER app\nEXPOSE 80 443/tcp 53/udp 8000-8010\n";
    const { listeners, findings } = scanFiles({ Dockerfile: text });
    expect(listeners.map(describeListener)).toEqual([
      "Dockerfile:3:8-10 80/tcp container",
      "Dockerfile:3:11-14 443/tcp container",
      "Dockerfile:3:19-21 53/udp container",
      "Dockerfile:3:26-35 8000-8010/tcp container",
    ]);
    expect(findings.map(describeFinding)).toEqual([
      "Dockerfile:3:8-10 no-privileged-port/privileged error 80",
      "Dockerfile:3:11-14 no-privileged-port/privileged error 443",
      "Dockerfile:3:19-21 no-privileged-port/privileged error 53",
    ]);
  });

  it("reports an ARG default above 65535 where the variable is used (DL3011 through a variable)", () => {
    const { findings } = scanFiles({ Dockerfile: "FROM alpine:3.20\nARG PORT=70000\nEXPOSE ${PORT:-8080} 8080\n" });
    expect(findings.map(describeFinding)).toEqual(["Dockerfile:3:8-21 valid-port/outOfRange error 70000"]);
    expect(findings[0]!.data.value).toContain("70000");
  });

  it("checks EXPOSE in a fragment without FROM, which docker build refuses, as one stage", () => {
    const { findings, listeners } = scanFiles({ Dockerfile: "ARG ADMIN=50001\nEXPOSE 80000 $ADMIN\n" });
    expect(findings.map(describeFinding)).toEqual(["Dockerfile:2:8-13 valid-port/outOfRange error 80000", "Dockerfile:2:14-20 no-dynamic-port/dynamic error 50001"]);
    expect(listeners[0]!.privilege.user).toBe("unknown");
  });

  it("warns about the same port and protocol exposed twice in one image", () => {
    const { findings } = scanFiles({ Dockerfile: "FROM alpine:3.20\nEXPOSE 8080 8080/udp\nEXPOSE 8080/tcp\n" });
    expect(findings.map(describeFinding)).toEqual(["Dockerfile:3:8-12 no-duplicate-port/declaredTwice warning 8080"]);
    expect(findings[0]!.data).toMatchObject({ otherLine: 2, owner: "this image" });
  });
});

describe("stages, USER and FROM", () => {
  const MULTI = `ARG BASE=node:20
FROM \${BASE} AS build
EXPOSE 9229
USER node
FROM build AS test
EXPOSE 9230
FROM nginx:1.27-alpine
EXPOSE 80
`;

  it("keeps only the final image's ports, followed through the stages it is built on", () => {
    const { listeners } = scanFiles({ Dockerfile: MULTI });
    expect(listeners.map(describeListener)).toEqual(["Dockerfile:8:8-10 80/tcp container"]);
    expect(listeners[0]!.identity).toEqual({ image: "nginx:1.27-alpine" });
    const onBuild = scanFiles({ Dockerfile: MULTI.replace("FROM nginx:1.27-alpine", "FROM test") }).listeners;
    expect(onBuild.map((l) => [l.port, l.identity.image, l.privilege.user])).toEqual([
      [9229, "node:20", "non-root"],
      [9230, "node:20", "non-root"],
      [80, "node:20", "non-root"],
    ]);
  });

  it.each([
    ["USER root", "root"],
    ["USER 0", "root"],
    ["USER 0:0", "root"],
    ["USER 1000", "non-root"],
    ["USER app:app", "non-root"],
    ["USER ${UID}", "unknown"],
    ["", "unknown"],
  ])("reads %s as a %s user", (user, kind) => {
    const { listeners } = scanFiles({ Dockerfile: `FROM alpine:3.20\n${user}\nEXPOSE 8080\n` });
    expect(listeners[0]!.privilege).toEqual({ user: kind, capAdd: [], network: "own" });
  });

  it("reports a non-root USER on a system port under the portable runtime, not under docker", () => {
    const text = "FROM nginx:1.27\nUSER 101\nEXPOSE 80\n";
    expect(scanFiles({ Dockerfile: text }).findings.map(describeFinding)).toEqual(["Dockerfile:3:8-10 no-privileged-port/privileged error 80"]);
    expect(scanFiles({ Dockerfile: text }, { policy: PRESETS.docker! }).findings).toEqual([]);
    expect(scanFiles({ Dockerfile: "FROM nginx:1.27\nEXPOSE 80\n" }).findings).toEqual([]);
  });

  it("checks the base image's identity against the port (registered misuse)", () => {
    const { findings } = scanFiles({ Dockerfile: "FROM postgres:16\nEXPOSE 3306\n" });
    expect(findings.map(describeFinding)).toEqual(["Dockerfile:2:8-12 no-registered-port-misuse/registered error 3306"]);
  });

  it("reports 22 with ssh: forbid, in a range too, and 22/udp never", () => {
    const policy = { ...PRESETS.recommended!, ssh: "forbid" as const };
    const { findings } = scanFiles({ Dockerfile: "FROM alpine:3.20\nEXPOSE 22/TCP 20-25 22/udp\n" }, { policy });
    expect(findings.map(describeFinding)).toEqual(["Dockerfile:2:8-10 valid-port/sshForbidden error 22", "Dockerfile:2:15-20 valid-port/sshForbidden error 20"]);
  });

  it("honours port-policy-disable comments", () => {
    const text = "FROM alpine:3.20\n# port-policy-disable-next-line no-dynamic-port -- debugger port\nEXPOSE 50000\n";
    expect(scanFiles({ Dockerfile: text }).findings).toEqual([]);
  });

  it("points at the exact token on a continued line", () => {
    const text = "FROM alpine:3.20\nEXPOSE 8080 \\\n    50000/tcp\n";
    const [finding] = scanFiles({ Dockerfile: text }).findings;
    expect(carets(text, finding!.origin)).toBe("    50000/tcp\n    ^^^^^");
  });
});

describe("the text handed to the parser", () => {
  it("empties instructions that cannot matter, line for line, continuations and comments inside them too", () => {
    const text = "FROM node:20\nRUN apt-get update \\\n  # a note\n  && apt-get install -y curl\nCOPY . .\nEXPOSE 8080\n";
    expect(relevantText(text)).toBe("FROM node:20\n\n\n\n\nEXPOSE 8080\n");
    expect(relevantText(text.replaceAll("\n", "\r\n")).split("\r\n")).toHaveLength(text.split("\n").length);
  });

  it("keeps the rest of the file from a heredoc on, and the whole file under an escape directive", () => {
    const heredoc = "FROM alpine\nRUN <<EOF\nEXPOSE 1\nEOF\nEXPOSE 8080\n";
    expect(relevantText(heredoc)).toBe(heredoc);
    const escape = "# escape=`\nFROM alpine\nRUN echo `\n  hi\n";
    expect(relevantText(escape)).toBe(escape);
  });

  it("finds the same listeners at the same positions as the whole text would give", () => {
    const text = "FROM node:20\nRUN npm ci \\\n    && npm run build\nWORKDIR /app\nEXPOSE 8080 \\\n  9229\nCMD [\"node\", \"server.js\"]\n";
    expect(scanFiles({ Dockerfile: text }).listeners.map(describeListener)).toEqual(["Dockerfile:5:8-12 8080/tcp container", "Dockerfile:6:3-7 9229/tcp container"]);
  });
});
