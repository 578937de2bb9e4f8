import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { explain } from "../../src/commands/explain.js";

function fakeIo(options: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (text: string) => out.push(text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => err.push(text) },
    cwd: "/",
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

async function runExplain(args: string[], options?: Parameters<typeof fakeIo>[0]) {
  const fake = fakeIo(options);
  const code = await explain(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** The text block for one port ("Port 5432 …" up to the blank line). */
function block(text: string, heading: string): string {
  return text.split("\n\n").find((part) => part.startsWith(`${heading} `)) ?? "";
}

describe("port-policy explain (text)", async () => {
  const { code, stdout, stderr } = await runExplain(["80", "5432", "6667", "49152", "3000/udp"]);

  it("answers every port and exits 0", () => {
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.match(/^Port \S+/gm)).toEqual(["Port 80", "Port 5432", "Port 6667", "Port 49152", "Port 3000/udp"]);
    expect(stdout).toMatch(/\n\nIANA registry snapshot 2025-03-28 \(.*iana\.org.*\)\.\n$/);
  });

  it("explains 5432 completely", () => {
    expect(block(stdout, "Port 5432")).toBe(
      [
        "Port 5432 — user (registered) range, 1024–49151",
        "  IANA registers these to named services on request; any process may bind them, and this is where your own servers belong.",
        "  IANA            tcp  postgresql  PostgreSQL Database",
        "                  udp  postgresql  PostgreSQL Database",
        "  De facto        none known",
        "  Ephemeral       in no default ephemeral range",
        "  Browsers        allow it (not a Fetch-standard bad port)",
        "  Non-root bind   any process, everywhere (ports from 1024 up are unprivileged)",
        "  Advice          Registered to postgresql: use it for that service, pick an unassigned port for anything else.",
      ].join("\n"),
    );
  });

  it("lists every IANA name of 80 and which runtimes let a non-root process bind it", () => {
    const lines = block(stdout, "Port 80").split("\n");
    expect(lines[0]).toBe("Port 80 — system (well-known) range, 0–1023");
    expect(lines.filter((line) => /^ {2}(IANA {12}| {16})(tcp|udp|sctp) /.test(line)).map((line) => line.trim())).toEqual([
      "IANA            tcp  http      World Wide Web HTTP",
      "udp  http      World Wide Web HTTP",
      "tcp  www       World Wide Web HTTP",
      "udp  www       World Wide Web HTTP",
      "tcp  www-http  World Wide Web HTTP",
      "udp  www-http  World Wide Web HTTP",
      "sctp http      HTTP",
    ]);
    expect(lines).toContain(
      "  Non-root bind   needs root or CAP_NET_BIND_SERVICE on a plain Linux host, Podman, rootless Podman, containerd 1.x, CRI-O, OpenShift (restricted-v2), host networking, FreeBSD",
    );
    expect(lines).toContain("                  works without root in Docker 20.10+, containerd 2.0+, Windows");
    expect(lines).toContain(
      "                  works without root in macOS 10.14+: on the wildcard address (0.0.0.0 or ::) only; 127.0.0.1 needs root",
    );
    expect(lines.at(-1)).toBe(
      "  Advice          Use it only for http; a server that is not root should listen on 8080 or another port from 1024 up and publish it as 80, unless it runs in a Docker 20.10+ or containerd 2.0+ container.",
    );
  });

  it("shows 6667 inside the ircu range and refused by browsers", () => {
    const lines = block(stdout, "Port 6667").split("\n");
    expect(lines).toContain("  IANA            tcp  ircu (6665–6669)      IRCU");
    expect(lines).toContain("                  udp  reserved (6665–6669)");
    expect(lines).toContain("  Browsers        refuse HTTP(S) here: a Fetch-standard bad port (ERR_UNSAFE_PORT)");
    expect(lines.at(-1)).toBe(
      "  Advice          Browsers refuse HTTP(S) on 6667 (ERR_UNSAFE_PORT): use it only for ircu, never for a web app or API.",
    );
  });

  it("places 49152 in the dynamic range and in every ephemeral range", () => {
    const lines = block(stdout, "Port 49152").split("\n");
    expect(lines[0]).toBe("Port 49152 — dynamic (private/ephemeral) range, 49152–65535");
    expect(lines).toContain("  IANA            no entry: IANA never assigns ports in the dynamic range (RFC 6335)");
    expect(lines).toContain(
      "  Ephemeral       inside IANA 49152–65535, Linux 32768–60999, Windows 49152–65535, macOS 49152–65535, FreeBSD 10000–65535: handed out for outgoing connections",
    );
    expect(lines.at(-1)).toBe("  Advice          Do not fix a server here: pick a port in 1024–32767 that no other service uses.");
  });

  it("answers 3000/udp for udp only", () => {
    const lines = block(stdout, "Port 3000/udp").split("\n");
    expect(lines.slice(2, 5)).toEqual([
      "  IANA            udp  hbci           HBCI",
      "                  udp  remoteware-cl  RemoteWare Client",
      "  De facto        none known",
    ]);
  });

  it("shows de-facto users and unauthorized-use notes", async () => {
    const result = await runExplain(["1521", "9092/tcp"]);
    expect(block(result.stdout, "Port 1521")).toContain(
      "  IANA            tcp  ncube-lm  nCube License Manager  [unauthorized use reported: Unauthorized Use Known on port 1521]",
    );
    expect(block(result.stdout, "Port 9092/tcp")).toContain("  De facto        tcp  Kafka (broker)");
  });

  it("colours only a terminal without NO_COLOR", async () => {
    expect(stdout).not.toContain("\u001b[");
    expect((await runExplain(["80"], { isTTY: true })).stdout).toContain("\u001b[1mPort 80\u001b[22m");
    expect((await runExplain(["80"], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });
});

describe("port-policy explain --format json", () => {
  it("prints the documented shape", async () => {
    const { code, stdout } = await runExplain(["6667", "3000/udp", "49152", "--format", "json"]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(["version", "snapshot", "ports"]);
    expect(output.version).toBe(1);
    expect(output.snapshot.date).toBe("2025-03-28");
    const [irc, hbci, dynamic] = output.ports;
    expect(Object.keys(irc)).toEqual([
      "input",
      "port",
      "protocol",
      "class",
      "iana",
      "serviceNames",
      "unauthorizedUse",
      "deFacto",
      "ephemeral",
      "browser",
      "privileged",
      "nonRootBind",
      "advice",
    ]);
    expect(irc).toMatchObject({
      input: "6667",
      port: 6667,
      protocol: null,
      class: { id: "user", from: 1024, to: 49151 },
      serviceNames: { tcp: ["ircu"], udp: [], sctp: [] },
      browser: { refused: true },
      privileged: false,
    });
    expect(irc.iana[0]).toEqual({ name: "ircu", description: "IRCU", protocol: "tcp", from: 6665, to: 6669, status: "assigned" });
    expect(hbci).toMatchObject({ input: "3000/udp", protocol: "udp", serviceNames: { udp: ["hbci", "remoteware-cl"] }, deFacto: [] });
    expect(dynamic.class.id).toBe("dynamic");
    expect(dynamic.iana).toEqual([]);
    expect(dynamic.ephemeral.map((profile: { id: string }) => profile.id)).toEqual(["iana", "linux", "windows", "macos", "freebsd"]);
  });

  it("lists where a non-root process can bind a system port", async () => {
    const { stdout } = await runExplain(["-f", "json", "80/tcp"]);
    const [http] = JSON.parse(stdout).ports;
    expect(http.privileged).toBe(true);
    const canBind = Object.fromEntries(http.nonRootBind.map((bind: { where: string; canBind: boolean }) => [bind.where, bind.canBind]));
    expect(canBind).toEqual({
      bare: false,
      docker: true,
      containerd: true,
      "docker-rootless": true,
      podman: false,
      "podman-rootless": false,
      "containerd-1": false,
      "cri-o": false,
      openshift: false,
      "host-network": false,
      macos: true,
      windows: true,
      freebsd: false,
    });
  });
});

describe("port-policy explain: usage errors exit 2 and name the bad argument", () => {
  it.each([
    [["70000"], 'bad argument "70000": 70000 is above 65535, the highest port'],
    [["http"], 'bad argument "http": "http" is not a port number (expected 0–65535) ("http" is an IANA service name on port 80)'],
    [["80/foo"], 'bad argument "80/foo": "foo" is not a protocol (expected tcp, udp or sctp)'],
    [["80", "6000-6063"], 'bad argument "6000-6063": "6000-6063" is a range; explain takes single ports such as 6000'],
    [[], "no port given"],
    [["--format", "xml", "80"], 'unknown format "xml" (expected text or json)'],
    [["--bogus", "80"], "Unknown option '--bogus'"],
  ])("explain %j", async (args, message) => {
    const { code, stdout, stderr } = await runExplain(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`port-policy explain: ${message}`);
  });

  it("prints help on --help and exits 0", async () => {
    const { code, stdout } = await runExplain(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: port-policy explain <port>\[\/tcp\|udp\|sctp\]/);
    expect(stdout).toContain('"nonRootBind"');
  });
});
