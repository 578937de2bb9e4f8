import { describe, expect, it } from "vitest";
import { noBrowserUnsafePort } from "../../../src/core/checks/no-browser-unsafe-port.js";
import { makeListener } from "../make-listener.js";

describe("no-browser-unsafe-port", () => {
  it("flags an HTTP server on 6667 (IRC) and 10080", () => {
    const found = noBrowserUnsafePort([6667, 10080].map((port) => makeListener({ port, identity: { framework: "express" } })));
    expect(found.map((f) => [f.ruleId, f.messageId, f.port])).toEqual([
      ["no-browser-unsafe-port", "unsafe", 6667],
      ["no-browser-unsafe-port", "unsafe", 10080],
    ]);
    expect(found[0]!.data).toMatchObject({ subject: "Port 6667", class: "user range 1024–49151", owner: '6667 is IANA\'s "ircu"' });
  });

  it("ignores non-HTTP listeners, port 0, safe ports, and container ports behind a published port", () => {
    const listeners = [
      makeListener({ port: 6667, identity: { image: "inspircd/inspircd-docker" } }),
      makeListener({ port: 0, identity: { framework: "express" } }),
      makeListener({ port: 6006, identity: { framework: "express" } }),
      makeListener({ port: 6000, role: "container", source: "compose", identity: { image: "nginx" } }),
    ];
    expect(noBrowserUnsafePort(listeners)).toEqual([]);
  });

  it("flags a published range that contains a bad port", () => {
    const [finding] = noBrowserUnsafePort([makeListener({ port: 6660, endPort: 6670, role: "published", source: "compose", identity: { image: "nginx" } })]);
    expect(finding!.data.owner).toBe('6665 is IANA\'s "ircu"');
  });
});

describe("no-browser-unsafe-port: a multi-protocol product's other protocols", () => {
  it("does not take Pi-hole's DNS on 53 or Gitea's SSH on 22 for their web UI; an HTTP-only image there still fires", () => {
    const published = (port: number, image: string, protocol: "tcp" | "udp" = "tcp") => makeListener({ port, protocol, role: "published", source: "compose", identity: { image } });
    expect(noBrowserUnsafePort([published(53, "pihole/pihole"), published(53, "pihole/pihole", "udp"), published(22, "gitea/gitea:1.23")])).toEqual([]);
    expect(noBrowserUnsafePort([published(22, "wordpress:6")]).map((f) => [f.ruleId, f.port])).toEqual([["no-browser-unsafe-port", 22]]);
  });
});
