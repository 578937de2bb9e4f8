// ssh: forbid in compose files (issue 13's SSH switch, off by default, on in strict): a container
// port 22/tcp in any syntax is reported on its token; 22/udp and a host port 22 are not SSH here.
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/core/presets/index.js";
import { describeFinding, scanFiles } from "../scan-fixture.js";

const COMPOSE = `services:
  dev:
    image: ghcr.io/acme/dev:1
    ports:
      - "2222:22"
      - "22/udp"
      - target: 22
        published: "2223"
    expose: ["22"]
`;

describe("ssh: forbid in compose", () => {
  it("is off in recommended", () => {
    expect(scanFiles({ "compose.yaml": COMPOSE }).findings).toEqual([]);
  });

  it("reports the container port 22/tcp once per service, where first written, and not 22/udp", () => {
    const { findings } = scanFiles({ "compose.yaml": COMPOSE }, { policy: { ...PRESETS.recommended!, ssh: "forbid" } });
    expect(findings.map(describeFinding)).toEqual(["compose.yaml:5:15-17 valid-port/sshForbidden error 22"]);
  });

  it("is on in strict", () => {
    const ids = scanFiles({ "compose.yaml": COMPOSE }, { policy: PRESETS.strict! }).findings.map((f) => f.messageId);
    expect(ids).toContain("sshForbidden");
  });
});
