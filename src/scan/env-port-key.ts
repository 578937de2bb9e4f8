// Which env keys hold a port, and whose port it is: one process's own listener (`PORT`,
// `HTTP_PORT`), a listen port of some service (`CART_PORT` in a project's .env, `REDIS_PORT` in the
// redis image's own environment), or another service's port that this process connects to
// (`SMTP_PORT=587`, `DB_PORT`, `WIREGUARD_ENDPOINT_PORT`, `REDIS_PORT` in an app's environment).
// Decided from the key's words and the identity of the service whose environment it is, as a
// maintainer reads them; shared by .env files and compose `environment:`.
import { identify } from "../core/identity.js";
import type { ServiceIdentity } from "../core/listener.js";
import { imageRepository } from "../core/identity.js";

/** `PORT` or a key ending in `_PORT` (`DB_PORT`, `POSTGRES_PORT`); not `PORT_RANGE`, `EXPORT_DIR`, `SUPPORT_EMAIL`. */
export function isPortEnvKey(key: string): boolean {
  return /(?:^|_)PORT$/i.test(key);
}

// Not `_IP`: `HOST_IP=192.168.1.10` is as often the address a port is published on.
const COMPANION_SUFFIXES = ["HOST", "HOSTNAME", "SERVER", "ADDR", "ADDRESS"];
const COMPANION = new RegExp(`(?:^|_)(?:${COMPANION_SUFFIXES.join("|")})$`, "i");

/** A key that says where a port's service is (`SMTP_HOST`, `PAYMENT_ADDR`). */
export function isPortCompanionKey(key: string): boolean {
  return COMPANION.test(key);
}

export type EnvPortValue = { kind: "port"; port: number } | { kind: "out-of-range"; port: number } | { kind: "none" };

/** A whole decimal number is a port (or out of range); URLs, words and empty values are not listeners. */
export function envPortValue(value: string): EnvPortValue {
  if (!/^[+-]?\d{1,15}$/.test(value)) return { kind: "none" };
  const port = Number(value);
  return port >= 0 && port <= 65535 ? { kind: "port", port } : { kind: "out-of-range", port };
}

/**
 * - `own`: this process's own listener, named by generic words only (`PORT`, `HTTP_PORT`,
 *   `ADMIN_PORT`): two such keys on one port in one file collide;
 * - `listen`: a listen port, of this service or of another one that reads the same file
 *   (`CART_PORT` in a compose project's .env, `SSH_LISTEN_PORT`, `REDIS_PORT` of the redis image);
 * - `remote`: the port of another service this process connects to. Only valid-port and
 *   no-registered-port-misuse (`REDIS_PORT=5432`) apply to it; binding checks do not.
 */
export type EnvPortKeyKind = "own" | "listen" | "remote";

export interface EnvKeyContext {
  /** The services whose environment holds the key (compose); none for a plain .env file. */
  services?: readonly ServiceIdentity[];
  /** Another key of the same environment (`SMTP_HOST` beside `SMTP_PORT`). */
  valueOf: (key: string) => string | undefined;
}

/** Words that name a process's own listeners whatever the process is. */
const OWN_LISTENER_WORDS = new Set(["", "http", "https", "grpc", "metrics", "admin", "management", "health", "debug", "api", "web", "server", "app", "public", "internal", "listen"]);

/** Anywhere in a key, these say the process binds the port itself (`SSH_LISTEN_PORT`, `METRICS_BIND_PORT`). */
const LISTEN_WORDS = new Set(["listen", "listening", "bind", "local"]);

/** Anywhere in a key, these say the port is somewhere else (`WIREGUARD_ENDPOINT_PORT`, `UPSTREAM_PORT`). */
const REMOTE_WORDS = new Set(["remote", "upstream", "target", "proxy", "external", "endpoint", "dest", "destination"]);

/**
 * Kinds of server a key may name (`SMTP_PORT`, `DB_PORT`): the products that are one, and words of
 * a service's name or image that are one (mailcow's `dovecot` image is its IMAP server, so its
 * `IMAP_PORT` is its own; its `SMTP_PORT` is Postfix's, which it connects to).
 */
interface ServerKind {
  products: readonly string[];
  servers: readonly string[];
}

const ALL_IN_ONE_MAIL = ["mailserver", "maddy", "stalwart", "mailu", "poste"];
const SMTP: ServerKind = { products: ["smtp"], servers: ["postfix", "exim", "haraka", "opensmtpd", "sendmail", "mailhog", "mailpit", "smtp4dev", "mailcatcher", ...ALL_IN_ONE_MAIL] };
const IMAP: ServerKind = { products: ["imap"], servers: ["dovecot", "cyrus", ...ALL_IN_ONE_MAIL] };
const MAIL: ServerKind = { products: [...SMTP.products, ...IMAP.products], servers: [...new Set([...SMTP.servers, ...IMAP.servers])] };
const LDAP: ServerKind = { products: ["ldap"], servers: ["openldap", "slapd", "lldap", "glauth"] };
// By product only: a service named `postgres-backup` is a client of the database.
const DATABASE: ServerKind = { products: ["postgresql", "mysql", "mongodb", "mssql", "couchdb", "cockroachdb", "neo4j", "cassandra", "influxdb", "redis"], servers: [] };
const SERVER_KINDS: Readonly<Record<string, ServerKind>> = {
  smtp: SMTP, smtps: SMTP, submission: SMTP, submissions: SMTP,
  imap: IMAP, imaps: IMAP, pop: IMAP, pop3: IMAP, pops: IMAP, pop3s: IMAP, sieve: IMAP,
  mail: MAIL, email: MAIL,
  ldap: LDAP, ldaps: LDAP,
  db: DATABASE, database: DATABASE,
};

/** Protocols any server may speak: `NGINX_PORT`, `FRONTEND_PORT` name no other service to connect to. */
const GENERIC_PRODUCTS = new Set(["http", "grpc"]);

/** `smtp://user@mail.example.com:587/x` → `mail.example.com`; undefined when no host name can be read. */
function hostName(value: string): string | undefined {
  const authority = value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "").split(/[/?#]/)[0] ?? "";
  const host = authority.slice(authority.lastIndexOf("@") + 1).split(":")[0] ?? "";
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host) ? host : undefined;
}

function keyWords(key: string): string[] {
  return key
    .replace(/_?PORT$/i, "")
    .toLowerCase()
    .split(/[_.-]/)
    .filter((word) => word !== "");
}

/** `WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT` → candidates `…_SERVER_HOST`, …, and `…_SERVER` itself. */
function companionKeys(key: string): string[] {
  const prefix = key.replace(/_?PORT$/i, "");
  if (prefix === "") return [];
  const keys = COMPANION_SUFFIXES.map((suffix) => `${prefix}_${suffix}`);
  if (isPortCompanionKey(prefix)) keys.push(prefix);
  return keys;
}

/**
 * A companion names another machine: a DNS name with a dot (`smtp.example.com`) anywhere, or, in a
 * service's own environment, another service (`CART_HOST=cart`). A bare name in a plain .env is a
 * project's address book (`PAYMENT_ADDR=payment:…` beside the payment service's own port), an IP
 * literal as often a bind address, `localhost` this machine: none of those decides.
 */
function pointsElsewhere(key: string, context: EnvKeyContext): boolean {
  const services = context.services ?? [];
  const own = new Set(services.map((service) => service.name?.toLowerCase()));
  return companionKeys(key).some((companion) => {
    const value = context.valueOf(companion);
    const host = value === undefined ? undefined : hostName(value);
    if (host === undefined || host === "localhost" || /^[\d.]+$/.test(host)) return false;
    return host.includes(".") ? true : services.length > 0 && !own.has(host);
  });
}

/** Words of a service's name and image path (`mailserver/docker-mailserver`). */
function serviceWords(service: ServiceIdentity): string[] {
  const text = [service.name ?? "", service.image ? imageRepository(service.image) : ""].join(" ");
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
}

/**
 * The service is what the word names: its name or image's last segment is the word (`REDIS_PORT`
 * in a service named `redis`, `PROXY_PORT` in `proxy`), or one word that starts or ends with it
 * (`MAIL_PORT` in `mailserver`). Not `postgres-backup`, a client of PostgreSQL by its name.
 */
function namesService(word: string, services: readonly ServiceIdentity[]): boolean {
  const matches = (name: string) => name === word || (word.length >= 4 && /^[a-z0-9]+$/.test(name) && (name.startsWith(word) || name.endsWith(word)));
  return services.some((service) => {
    const image = service.image ? imageRepository(service.image).split("/").pop() : undefined;
    return [service.name?.toLowerCase(), image].some((name) => name !== undefined && matches(name));
  });
}

/** The kind of server or the products a word names, without the generic protocols. */
function kindOfWord(word: string): ServerKind | undefined {
  const kind = SERVER_KINDS[word];
  if (kind) return kind;
  const products = [...identify({ envKey: word })].filter((product) => !GENERIC_PRODUCTS.has(product));
  return products.length > 0 ? { products, servers: [] } : undefined;
}

/** One of the services is such a server: by its identified product, or by a word of its name or image. */
function isKind(services: readonly ServiceIdentity[], kind: ServerKind): boolean {
  return services.some((service) => {
    const own = identify(service.image ? { image: service.image } : { name: service.name ?? "" });
    return kind.products.some((product) => own.has(product)) || serviceWords(service).some((word) => kind.servers.includes(word));
  });
}

export function classifyEnvPortKey(key: string, context: EnvKeyContext): EnvPortKeyKind {
  const words = keyWords(key);
  if (words.every((word) => OWN_LISTENER_WORDS.has(word))) return "own";
  if (words.some((word) => LISTEN_WORDS.has(word))) return "listen";
  const services = context.services ?? [];
  // The word nearest to PORT that names something says whose port it is: KAFKA_ZOOKEEPER_PORT is
  // ZooKeeper's, REDIS_SENTINEL_PORT in a service named redis is its own.
  const named = words.filter((word) => !OWN_LISTENER_WORDS.has(word));
  for (let i = named.length - 1; i >= 0; i--) {
    const word = named[i]!;
    if (namesService(word, services)) return "listen";
    if (REMOTE_WORDS.has(word)) return "remote";
    const kind = kindOfWord(word);
    if (kind) return isKind(services, kind) ? "listen" : "remote";
  }
  return pointsElsewhere(key, context) ? "remote" : "listen";
}
