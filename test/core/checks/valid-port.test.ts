import { describe, expect, it } from "vitest";
import { validPort } from "../../../src/core/checks/valid-port.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import { makeListener } from "../make-listener.js";

describe("valid-port", () => {
  it("flags ports above 65535 and below 0, and accepts 0 and 65535", () => {
    const found = validPort([70000, -1, 0, 65535].map((port) => makeListener({ port })), recommended);
    expect(found.map((f) => [f.messageId, f.data.value])).toEqual([
      ["outOfRange", 70000],
      ["outOfRange", -1],
    ]);
    expect(found[0]!.message).toMatch(/^70000 is not a port/);
  });

  it("flags a NodePort outside 30000–32767, or the policy's range", () => {
    const nodePort = (port: number) => makeListener({ port, role: "node-port", source: "kubernetes" });
    const [finding] = validPort([nodePort(80), nodePort(30000), nodePort(32767)], recommended);
    expect(finding).toMatchObject({ messageId: "nodePortRange", port: 80 });
    expect(finding!.data).toMatchObject({ port: 80, class: "system range 0–1023", range: "30000–32767" });
    expect(validPort([nodePort(20000)], { ...recommended, nodePortRange: { from: 20000, to: 22767 } })).toEqual([]);
  });

  it("with ssh: forbid, flags a TCP listener whose port or range includes 22, and nothing with ssh: allow", () => {
    const listeners = [
      makeListener({ port: 22 }),
      makeListener({ port: 20, endPort: 25, role: "container", source: "dockerfile" }),
      makeListener({ port: 22, protocol: "udp" }),
      makeListener({ port: 2222 }),
    ];
    const found = validPort(listeners, { ...recommended, ssh: "forbid" });
    expect(found.map((f) => [f.messageId, f.port, f.source])).toEqual([
      ["sshForbidden", 22, "code"],
      ["sshForbidden", 20, "dockerfile"],
    ]);
    expect(validPort(listeners, recommended)).toEqual([]);
  });
});
