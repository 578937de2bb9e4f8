// Reviewed findings on the shared corpus's Kubernetes manifests and GitHub Actions workflows,
// and on its compose and env files (third-party files,
// ../shared/corpus), under the recommended preset. Each entry was checked by reading the file;
// the judgment behind each is written beside it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { scanPaths } from "../../src/scan/index.js";
import { carets } from "./scan-fixture.js";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

const REVIEWED: Reviewed = [
  // Host ports published on the GitHub runner in the dynamic range: the runner's kernel hands
  // these out as source ports of outgoing connections (the job downloads a lot), so the publish
  // can fail with "address already in use". True by the rule's definition (RFC 6335 §6).
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 63, 13, "no-dynamic-port", 54322],
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 76, 13, "no-dynamic-port", 54321],
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 89, 13, "no-dynamic-port", 55433],
  // 33306/33307 are user ports but inside Linux's ephemeral range (32768–60999), and GitHub's
  // runners are Linux: a no-ephemeral-port warning, as the preset says.
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 101, 13, "no-ephemeral-port", 33306],
  ["actions/drizzle-orm__.github__workflows__release-feature-branch.yaml", 107, 13, "no-ephemeral-port", 33307],
  // datree's "pass" example runs nginx:1.14.2 as UID 1000 (runAsUser: 1000, runAsNonRoot) on port 80.
  // Under the recommended preset's portable assumption (CRI-O, containerd 1.x keep the limit at
  // 1024) the bind fails; on containerd 2.0+ it would work (the `docker` preset stays quiet).
  // True under the stated assumption; datree's own policy does not check ports.
  ["kubernetes/datree__examples__security-best-practices__pass.yaml", 15, 26, "no-privileged-port", 80],
  ["kubernetes/datree__examples__security-best-practices__pass.yaml", 50, 30, "no-privileged-port", 80],
  // The ingress-nginx controller's liveness and readiness probes ask port 10254 (its healthz and
  // metrics server), which the container does not declare beside 80, 443 and 8443: warnings,
  // since the process does listen there; declaring `- {name: metrics, containerPort: 10254}`, as
  // the project's Helm chart does when metrics are on, answers them.
  ["kubernetes/ingress-nginx__deploy__static__provider__cloud__deploy.yaml", 457, 19, "valid-port", 10254],
  ["kubernetes/ingress-nginx__deploy__static__provider__cloud__deploy.yaml", 478, 19, "valid-port", 10254],
  ["kubernetes/ingress-nginx__docs__examples__static-ip__nginx-ingress-controller.yaml", 32, 19, "valid-port", 10254],
  ["kubernetes/ingress-nginx__docs__examples__static-ip__nginx-ingress-controller.yaml", 37, 19, "valid-port", 10254],
  // 50051 is gRPC's example default, widely copied, and inside the dynamic range: true by the
  // rule's definition, the most debatable entry here (an allowlist entry is the intended answer).
  ["kubernetes/microservices-demo__kubernetes-manifests__paymentservice.yaml", 48, 26, "no-dynamic-port", 50051],
];

// Not reported, on purpose: typeorm's `ghcr.io/typeorm/docker:postgres-${{ … }}` service on 5432
// (PostgreSQL by its tag; `docker` ending typeorm's path names no product);
// ingress-nginx's hostPort 80/443 (no user is set, the image's user decides); Service ports
// (virtual, nothing binds them on a host).

type Reviewed = Array<[path: string, line: number, column: number, ruleId: string, port: number]>;

/** The findings equal the reviewed list, and each marks the port token (or the `${VAR}` that made it). */
function expectReviewed(scan: () => readonly Finding[], reviewed: Reviewed): void {
  // Scanned on first use, inside the tests: a skipped describe still runs its body.
  let cached: readonly Finding[] | undefined;
  const findingsOf = () => (cached ??= scan());

  it("reports exactly the reviewed findings, and no parse-error", () => {
    expect(findingsOf().map((f) => [f.origin.file, f.origin.line, f.origin.column, f.ruleId, f.port])).toEqual(reviewed);
  });

  it("places each on the port token", () => {
    for (const finding of findingsOf()) {
      const text = readFileSync(`${CORPUS}${finding.origin.file}`, "utf8");
      const [line = "", marks = ""] = carets(text, finding.origin).split("\n");
      expect(line.slice(marks.indexOf("^"), marks.length)).toMatch(new RegExp(`^(?:${finding.port}|\\$\\{\\w+\\})$`));
    }
  });
}

const corpusFiles = (kinds: string[]) => kinds.flatMap((kind) => readdirSync(`${CORPUS}${kind}`).map((name) => `${kind}/${name}`));

describe.skipIf(!existsSync(CORPUS))("reviewed Kubernetes and Actions corpus findings (skipped: ../shared/corpus is absent)", () => {
  expectReviewed(() => scanPaths(corpusFiles(["kubernetes", "actions"]), { cwd: CORPUS, env: {}, policy: PRESETS.recommended! }).findings, REVIEWED);
});

const OTEL_COMPOSE = "compose/otel-demo__compose.yaml";

const REVIEWED_COMPOSE_ENV: Reviewed = [
  // The `frontend` service (a React dev server built from ./frontend) has `expose: [3306, 33060]`,
  // copied from the MySQL service above it: a real mistake in the upstream file. 3306 is MySQL's
  // registered port and the frontend is identified as HTTP by its name; 33060 (mysqlx) likewise,
  // and it also sits in Linux's ephemeral range (a no-ephemeral-port warning). The `db` services' own 33060 is not
  // reported: MySQL on its own registered port.
  ["compose/awesome-compose__react-java-mysql__compose.yaml", 49, 9, "no-registered-port-misuse", 3306],
  ["compose/awesome-compose__react-java-mysql__compose.yaml", 50, 9, "no-ephemeral-port", 33060],
  ["compose/awesome-compose__react-java-mysql__compose.yaml", 50, 9, "no-registered-port-misuse", 33060],
  // Logstash's TCP and UDP inputs published on host port 50000 (two entries, tcp and udp): in the
  // dynamic range, so the host's outgoing connections can take it first. True by RFC 6335 §6.
  ["compose/docker-elk__docker-compose.yml", 96, 9, "no-dynamic-port", 50000],
  ["compose/docker-elk__docker-compose.yml", 97, 9, "no-dynamic-port", 50000],
  // otel-demo's payment (50051) and shipping (50050) gRPC services, both in the .env that sets
  // them and where compose publishes them. Same judgment as microservices-demo's 50051 above.
  ["env/otel-demo__.env", 108, 14, "no-dynamic-port", 50051],
  ["env/otel-demo__.env", 128, 15, "no-dynamic-port", 50050],
  ["compose/otel-demo__compose.yaml", 468, 10, "no-dynamic-port", 50051],
  ["compose/otel-demo__compose.yaml", 643, 10, "no-dynamic-port", 50050],
];

// Not reported, on purpose: coturn publishing TURN on 80/443 (TURN over TCP/TLS on web ports is
// how it gets through firewalls; products.ts `ports`); otel-demo's .env, where ENVOY_PORT,
// FRONTEND_PORT and FIREPIT_PORT are all 8080 but belong to different containers (only a
// process's own keys such as PORT/HTTP_PORT share a duplicate scope); `environment: - PAYMENT_PORT`
// beside the same published port (one socket, reported once, on the port entry); MySQL's 33060
// in the db services (its own registered port); Grafana on 3000 and Jaeger on OTLP's 4317; products
// on their own documented ports, in every preset (products.ts `ports`): Elasticsearch's 9200/9300
// and Logstash's 5044/9600 in the ELK example, Portainer's 9000, Gitea beside PostgreSQL. Under
// strict, docker-elk's Logstash on Jenkins's 50000 is left to no-dynamic-port (reported above), and
// react-java-mysql's frontend on MySQL's ports stays the one misuse.

describe.skipIf(!existsSync(CORPUS))("reviewed compose and env corpus findings (skipped: ../shared/corpus is absent)", () => {
  // In the corpus the otel-demo .env is not beside its compose file, as it is upstream: pass it
  // with --env-file, so its ports are resolved as `docker compose` resolves them.
  expectReviewed(() => {
    const policy = PRESETS.recommended!;
    const rest = scanPaths(corpusFiles(["compose", "env"]).filter((file) => file !== OTEL_COMPOSE), { cwd: CORPUS, env: {}, policy });
    const otel = scanPaths([OTEL_COMPOSE], { cwd: CORPUS, env: {}, policy, envFiles: ["env/otel-demo__.env"] });
    return [...rest.findings, ...otel.findings];
  }, REVIEWED_COMPOSE_ENV);
});

describe.skipIf(!existsSync(CORPUS))("registered-port misuse on the corpus under strict (skipped: ../shared/corpus is absent)", () => {
  // strict adds de-facto owners on host ports, never obscure IANA names (issue 9 §5): on every
  // corpus file the only misuse left is react-java-mysql's frontend on MySQL's 3306 and 33060.
  it("reports only react-java-mysql's frontend", () => {
    const files = corpusFiles(["kubernetes", "actions", "compose", "env"]).filter((file) => file !== OTEL_COMPOSE);
    const { findings } = scanPaths(files, { cwd: CORPUS, env: {}, policy: PRESETS.strict! });
    const misuse = findings.filter((finding) => finding.ruleId === "no-registered-port-misuse");
    expect(misuse.map((f) => [f.origin.file, f.origin.line, f.origin.column, f.port])).toEqual([
      ["compose/awesome-compose__react-java-mysql__compose.yaml", 49, 9, 3306],
      ["compose/awesome-compose__react-java-mysql__compose.yaml", 50, 9, 33060],
    ]);
  });
});
