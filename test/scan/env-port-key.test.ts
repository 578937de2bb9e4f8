import { describe, expect, it } from "vitest";
import type { ServiceIdentity } from "../../src/core/listener.js";
import { classifyEnvPortKey, isPortCompanionKey, isPortEnvKey, type EnvPortKeyKind } from "../../src/scan/env-port-key.js";

describe("isPortEnvKey", () => {
  it.each(["PORT", "DB_PORT", "POSTGRES_PORT", "REDIS_PORT", "port"])("%s is a port key", (key) => {
    expect(isPortEnvKey(key)).toBe(true);
  });
  it.each(["PORT_RANGE", "EXPORT_DIR", "SUPPORT_EMAIL", "REPORT_PORTAL_URL", "OTEL_COLLECTOR_PORT_GRPC", "PORTS", "AIRPORT"])("%s is not", (key) => {
    expect(isPortEnvKey(key)).toBe(false);
  });
});

describe("isPortCompanionKey", () => {
  it.each(["SMTP_HOST", "DB_HOSTNAME", "EMAIL_SERVER", "PAYMENT_ADDR", "host"])("%s says where a port's service is", (key) => {
    expect(isPortCompanionKey(key)).toBe(true);
  });
  it.each(["HOST_IP", "GHOST_URL", "SMTP_USER", "VIRTUAL_HOSTS"])("%s does not", (key) => {
    expect(isPortCompanionKey(key)).toBe(false);
  });
});

const plain = (values: Record<string, string> = {}) => ({ valueOf: (key: string) => values[key] });
const inService = (service: ServiceIdentity, values: Record<string, string> = {}) => ({ services: [service], valueOf: (key: string) => values[key] });

describe("classifyEnvPortKey in a plain .env (nobody known reads it)", () => {
  const cases: Array<[key: string, kind: EnvPortKeyKind, values?: Record<string, string>]> = [
    // Generic words name the process's own listener, whatever else the file says.
    ["PORT", "own"],
    ["HTTP_PORT", "own"],
    ["APP_PORT", "own"],
    ["SERVER_PORT", "own"],
    ["LISTEN_PORT", "own"],
    ["WEB_PORT", "own"],
    ["ADMIN_HTTP_PORT", "own"],
    ["API_PORT", "own", { API_HOST: "api.example.com" }],
    // A listen port of something, not known to be this process's only one.
    ["WORKER_PORT", "listen"],
    ["CART_PORT", "listen"],
    ["SSH_LISTEN_PORT", "listen"],
    ["METRICS_BIND_PORT", "listen"],
    // otel-demo's .env is an address book of its services: `payment:…` is no remote by itself.
    ["PAYMENT_PORT", "listen", { PAYMENT_ADDR: "payment:${PAYMENT_PORT}" }],
    ["FRONTEND_PORT", "listen", { FRONTEND_HOST: "frontend" }],
    ["NGINX_PORT", "listen"],
    ["METRICS_PORT", "own", { METRICS_HOST: "127.0.0.1" }],
    ["WORKER_PORT", "listen", { WORKER_HOST: "0.0.0.0" }],
    ["WORKER_PORT", "listen", { WORKER_HOST: "192.168.1.10" }],
    ["WORKER_PORT", "listen", { WORKER_HOST: "localhost" }],
    // Another service's port, by the kind of service the key names.
    ["SMTP_PORT", "remote"],
    ["EMAIL_PORT", "remote"],
    ["MAIL_PORT", "remote"],
    ["WATCHTOWER_NOTIFICATION_EMAIL_SERVER_PORT", "remote"],
    ["IMAP_PORT", "remote"],
    ["SUBMISSION_PORT", "remote"],
    ["LDAP_PORT", "remote"],
    ["DB_PORT", "remote"],
    ["DATABASE_PORT", "remote"],
    ["POSTGRES_PORT", "remote"],
    ["MYSQL_PORT", "remote"],
    ["REDIS_PORT", "remote"],
    ["MONGO_PORT", "remote"],
    ["KAFKA_ZOOKEEPER_PORT", "remote"],
    // By a word that says it is somewhere else.
    ["WIREGUARD_ENDPOINT_PORT", "remote"],
    ["REMOTE_PORT", "remote"],
    ["UPSTREAM_PORT", "remote"],
    ["TARGET_PORT", "remote"],
    ["HTTP_PROXY_PORT", "remote"],
    ["EXTERNAL_PORT", "remote"],
    // By a companion that names another machine.
    ["LEGACY_PORT", "remote", { LEGACY_HOST: "legacy.example.com" }],
    ["BILLING_PORT", "remote", { BILLING_ADDR: "https://billing.internal.example:8443/api" }],
    ["RELAY_SERVER_PORT", "remote", { RELAY_SERVER: "mx.example.org" }],
  ];
  it.each(cases)("%s is %s (%j)", (key, kind, values) => {
    expect(classifyEnvPortKey(key, plain(values))).toBe(kind);
  });
});

describe("classifyEnvPortKey in a compose service's environment", () => {
  const cases: Array<[key: string, service: ServiceIdentity, kind: EnvPortKeyKind, values?: Record<string, string>]> = [
    // The service's own product: its own listen port.
    ["REDIS_PORT", { name: "cache", image: "redis:7-alpine" }, "listen"],
    ["POSTGRES_PORT", { name: "db", image: "postgis/postgis:16" }, "listen"],
    ["DB_PORT", { name: "db", image: "mariadb:11" }, "listen"],
    ["DB_PORT", { name: "db", image: "ghcr.io/acme/db-image:1" }, "listen"],
    ["SMTP_PORT", { name: "relay", image: "boky/postfix" }, "listen"],
    ["MAIL_PORT", { name: "mailserver", image: "ghcr.io/docker-mailserver/docker-mailserver:latest" }, "listen"],
    ["PROXY_PORT", { name: "proxy", image: "jc21/nginx-proxy-manager" }, "listen"],
    // mailcow's IMAP server is its dovecot image; the SMTP server it hands mail to is Postfix.
    ["IMAP_PORT", { name: "dovecot-mailcow", image: "ghcr.io/mailcow/dovecot:2.3" }, "listen"],
    ["POP_PORT", { name: "dovecot-mailcow", image: "ghcr.io/mailcow/dovecot:2.3" }, "listen"],
    ["SMTP_PORT", { name: "dovecot-mailcow", image: "ghcr.io/mailcow/dovecot:2.3" }, "remote"],
    ["SUBMISSION_PORT", { name: "postfix-mailcow", image: "ghcr.io/mailcow/postfix:3.7" }, "listen"],
    ["DB_PORT", { name: "postgres-backup", image: "acme/postgres-backup" }, "remote"],
    ["POSTGRES_PORT", { name: "postgres-backup", image: "acme/postgres-backup" }, "remote"],
    ["REDIS_PORT", { name: "redis" }, "listen"],
    ["REDIS_SENTINEL_PORT", { name: "redis", image: "bitnami/redis-sentinel" }, "listen"],
    // Another product, named by a client.
    ["REDIS_PORT", { name: "app", image: "node:22" }, "remote"],
    ["POSTGRES_PORT", { name: "pgadmin", image: "dpage/pgadmin4" }, "remote"],
    ["DB_PORT", { name: "ghost", image: "ghost:5" }, "remote"],
    ["SMTP_PORT", { name: "ghost", image: "ghost:5" }, "remote"],
    ["ZOOKEEPER_PORT", { name: "kafka", image: "bitnami/kafka" }, "remote"],
    ["KAFKA_ZOOKEEPER_PORT", { name: "kafka", image: "bitnami/kafka" }, "remote"],
    ["WIREGUARD_ENDPOINT_PORT", { name: "vpn", image: "qmcgaw/gluetun" }, "remote"],
    ["WIREGUARD_ENDPOINT_PORT", { name: "wireguard", image: "qmcgaw/gluetun" }, "remote"],
    // Another service of the project, by its host name.
    ["CART_PORT", { name: "frontend", image: "acme/frontend" }, "remote", { CART_HOST: "cart" }],
    ["CART_PORT", { name: "cart", image: "acme/cart" }, "listen", { CART_HOST: "cart" }],
    ["CART_PORT", { name: "frontend", image: "acme/frontend" }, "listen"],
    // Generic words stay the service's own listener.
    ["HTTP_PORT", { name: "gitea", image: "gitea/gitea" }, "own"],
    ["PORT", { name: "app", image: "node:22" }, "own", { HOST: "app.example.com" }],
  ];
  it.each(cases)("%s in %j is %s", (key, service, kind, values) => {
    expect(classifyEnvPortKey(key, inService(service, values))).toBe(kind);
  });

  it("is a listen port when any of several services reading one env_file is the product", () => {
    const services = [{ name: "app", image: "node:22" }, { name: "cache", image: "redis:7" }];
    expect(classifyEnvPortKey("REDIS_PORT", { services, valueOf: () => undefined })).toBe("listen");
  });
});
