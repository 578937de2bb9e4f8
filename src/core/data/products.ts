// Curated table of services people actually run beside their apps (databases, caches, brokers,
// HTTP, SSH, DNS, mail, CI, monitoring), used to tell who listens on a port (from an image, a port
// name, an env key, a framework) and who owns it (from the IANA names). Owners nobody runs beside
// an app (X11 on 6000–6063, where Storybook's 6006 lives; IRC, which browsers block anyway) are left
// out. Hand-written; sources: port-facts.md §8 and §10 (IANA rows checked one by one), each image's
// Docker Hub page, and for `ports` the product's own documentation, named beside the entry.
// `ianaNames`: IANA service names that are this product or protocol. `images`: repository paths
// (`grafana/grafana`) or bare names matched against an image's last path segment (`postgres`), or
// against a word of its tag when the repository itself names nothing (`typeorm/docker:postgres-14`).
// `imageSuffixes`: endings of an image's last segment that name the product (`rabbitmq-exporter`).
// `aliases`: words in env keys, port names and service names (REDIS_PORT → redis).
// `speaks`: other products' protocols it serves (Grafana serves HTTP; gRPC is HTTP/2).
// `ports`: the product's own documented default ports, any protocol: a multi-protocol product there
// is never misuse (Pi-hole's DHCP on 67, Jenkins's agents on 50000), and takes over other services'
// ports by design (TURN on 80/443 to get through firewalls that only let web traffic out).
// `proxy`: a reverse proxy publishes the ports of the services behind it. "tcp" proxies forward any
// protocol, so no port is misuse for them; "http" ones (nginx, Caddy) still count as web servers
// against IANA's registered owners (nginx on 5432), but never against de-facto defaults.
import type { PortRange } from "../port-class.js";

export interface Product {
  key: string;
  label: string;
  ianaNames: readonly string[];
  images: readonly string[];
  imageSuffixes?: readonly string[];
  aliases: readonly string[];
  speaks?: readonly string[];
  ports?: readonly (number | PortRange)[];
  proxy?: "tcp" | "http";
}

/**
 * Image names that are words of their own, not products, when they end somebody else's path:
 * `ghcr.io/typeorm/docker` is typeorm's image collection, not the Docker engine. Only the official
 * image itself (`docker:27-dind`) is the product.
 */
export const GENERIC_IMAGE_NAMES: readonly string[] = ["docker", "vault", "ghost", "consul"];

export const PRODUCTS = [
  {
    key: "http",
    label: "HTTP",
    ianaNames: ["http", "www", "www-http", "https", "http-alt", "http-mgmt", "https-alt", "http-rpc-epmap"],
    images: [
      "tomcat", "jetty", "wordpress", "nextcloud", "drupal", "ghost", "dpage/pgadmin4", "phpmyadmin", "adminer",
      "wiremock/wiremock", "mailhog/mailhog", "axllent/mailpit", "selenium/hub", "selenium/standalone-chrome",
    ],
    aliases: ["http", "https", "web", "www", "http2", "h2c", "ws", "wss", "metrics", "frontend", "nginx", "ui"],
  },
  {
    // Web servers that are also the usual reverse proxy in front of other services.
    key: "web-proxy",
    label: "HTTP",
    ianaNames: [],
    images: [
      "nginx", "nginx-unprivileged", "nginxinc/nginx-unprivileged", "httpd", "apache", "caddy", "openresty/openresty",
      "lighttpd", "nginx-ingress-controller", "ingress-nginx/controller", "nginx/nginx-ingress",
    ],
    aliases: [],
    speaks: ["http"],
    proxy: "http",
  },
  {
    // Layer-4 proxies: a TCP listener on 5432 in front of PostgreSQL is PostgreSQL to its clients.
    key: "tcp-proxy",
    label: "a TCP/HTTP proxy",
    ianaNames: [],
    images: ["traefik", "haproxy", "envoyproxy/envoy", "bitnami/haproxy"],
    aliases: ["haproxy", "traefik", "envoy"],
    speaks: ["http"],
    proxy: "tcp",
  },
  {
    // PHP images serve HTTP (php:apache) or FastCGI on 9000 (php:fpm, www.conf `listen = 9000`).
    key: "php",
    label: "PHP",
    ianaNames: [],
    images: ["php", "bitnami/php-fpm"],
    aliases: ["php", "fpm"],
    speaks: ["http"],
    ports: [9000],
  },
  { key: "grpc", label: "gRPC", ianaNames: [], images: [], aliases: ["grpc"], speaks: ["http"] },
  {
    key: "postgresql",
    label: "PostgreSQL",
    ianaNames: ["postgresql"],
    images: ["postgres", "postgresql", "postgis", "postgis/postgis", "timescale/timescaledb", "bitnami/postgresql", "pgvector/pgvector", "supabase/postgres"],
    aliases: ["postgres", "postgresql", "pg", "pgsql", "psql", "postgis"],
  },
  {
    // MySQL manual: 3306 classic protocol, 33060 X Protocol (mysqlx_port), 33062 admin_port; Group
    // Replication's and InnoDB Cluster's local address defaults to the server port × 10 + 1, 33061.
    key: "mysql",
    label: "MySQL",
    ianaNames: ["mysql", "mysqlx"],
    images: ["mysql", "mariadb", "percona", "percona/percona-server", "bitnami/mysql", "bitnami/mariadb", "mysql/mysql-server"],
    aliases: ["mysql", "mariadb"],
    ports: [3306, 33060, 33061, 33062],
  },
  {
    key: "redis",
    label: "Redis",
    ianaNames: ["redis"],
    images: ["redis", "valkey/valkey", "valkey-io/valkey", "bitnami/redis", "redis/redis-stack", "redis/redis-stack-server", "eqalpha/keydb", "redislabs/redismod"],
    aliases: ["redis", "valkey", "keydb"],
    // Redis Sentinel (redis.io docs, "Redis Sentinel"), and the RedisInsight UI of redis-stack.
    ports: [26379, 8001],
  },
  {
    key: "mongodb",
    label: "MongoDB",
    ianaNames: ["mongodb"],
    images: ["mongo", "mongodb/mongodb-community-server", "bitnami/mongodb"],
    aliases: ["mongo", "mongodb"],
  },
  { key: "memcached", label: "memcached", ianaNames: ["memcache"], images: ["memcached", "bitnami/memcached"], aliases: ["memcached", "memcache"] },
  { key: "ssh", label: "SSH", ianaNames: ["ssh"], images: ["linuxserver/openssh-server", "atmoz/sftp"], aliases: ["ssh", "sftp"] },
  {
    key: "smtp",
    label: "SMTP",
    ianaNames: ["smtp", "submission", "submissions"],
    images: ["namshi/smtp", "boky/postfix"],
    aliases: ["smtp"],
  },
  { key: "imap", label: "IMAP/POP3", ianaNames: ["imap", "imaps", "pop3", "pop3s"], images: ["dovecot/dovecot"], aliases: ["imap", "pop3"] },
  { key: "dns", label: "DNS", ianaNames: ["domain"], images: ["coredns/coredns", "internetsystemsconsortium/bind9"], aliases: ["dns"] },
  { key: "ldap", label: "LDAP", ianaNames: ["ldap", "ldaps"], images: ["osixia/openldap", "bitnami/openldap"], aliases: ["ldap", "ldaps"] },
  { key: "ftp", label: "FTP", ianaNames: ["ftp", "ftp-data", "ftps", "ftps-data"], images: ["fauria/vsftpd", "stilliard/pure-ftpd"], aliases: ["ftp"] },
  { key: "ntp", label: "NTP", ianaNames: ["ntp"], images: ["cturra/ntp"], aliases: ["ntp"] },
  { key: "snmp", label: "SNMP", ianaNames: ["snmp", "snmptrap"], images: [], aliases: ["snmp"] },
  { key: "dhcp", label: "DHCP", ianaNames: ["bootps", "bootpc", "dhcpv6-client", "dhcpv6-server"], images: [], aliases: ["dhcp"] },
  {
    // docker-pi-hole README: DNS 53/tcp+udp, web 80 and 443, DHCP 67/udp and NTP 123/udp when enabled.
    key: "pihole",
    label: "Pi-hole",
    ianaNames: [],
    images: ["pihole/pihole"],
    aliases: ["pihole"],
    speaks: ["dns", "http", "dhcp", "ntp"],
    ports: [53, 67, 80, 123, 443],
  },
  {
    // RabbitMQ "Networking and RabbitMQ" (rabbitmq.com/docs/networking), "Port Access": epmd 4369,
    // AMQP 5672/5671, streams 5552/5551, inter-node 25672, management 15672/15671, Prometheus 15692,
    // STOMP 61613/61614, MQTT 1883/8883, Web STOMP 15674, Web MQTT 15675.
    key: "amqp",
    label: "AMQP (RabbitMQ)",
    ianaNames: ["amqp", "amqps"],
    images: ["rabbitmq", "bitnami/rabbitmq", "apache/activemq-artemis"],
    aliases: ["amqp", "rabbitmq", "rabbit"],
    speaks: ["epmd", "http", "mqtt"],
    ports: [4369, 5551, 5552, 5671, 5672, 15671, 15672, 15674, 15675, 15692, 25672, 61613, 61614],
  },
  { key: "epmd", label: "Erlang port mapper", ianaNames: ["epmd"], images: [], aliases: ["epmd"] },
  {
    key: "mqtt",
    label: "MQTT",
    ianaNames: ["mqtt", "secure-mqtt"],
    images: ["eclipse-mosquitto", "emqx/emqx", "emqx", "hivemq/hivemq4", "vernemq/vernemq"],
    aliases: ["mqtt", "mosquitto"],
  },
  { key: "etcd", label: "etcd", ianaNames: ["etcd-client", "etcd-server"], images: ["coreos/etcd", "bitnami/etcd", "etcd"], aliases: ["etcd"] },
  { key: "docker", label: "the Docker API", ianaNames: ["docker", "docker-s", "swarm"], images: ["docker"], aliases: ["docker", "dockerd"] },
  {
    key: "mssql",
    label: "Microsoft SQL Server",
    ianaNames: ["ms-sql-s", "ms-sql-m"],
    images: ["mssql/server", "azure-sql-edge"],
    aliases: ["mssql", "sqlserver"],
  },
  { key: "couchdb", label: "CouchDB", ianaNames: ["couchdb"], images: ["couchdb", "bitnami/couchdb"], aliases: ["couchdb"] },
  { key: "cockroachdb", label: "CockroachDB", ianaNames: ["cockroach"], images: ["cockroachdb/cockroach"], aliases: ["cockroach", "cockroachdb"], speaks: ["http"], ports: [8080] },
  { key: "neo4j", label: "Neo4j", ianaNames: ["neo4j", "bolt"], images: ["neo4j"], aliases: ["neo4j", "bolt"], speaks: ["http"] },
  {
    key: "opentelemetry",
    label: "OpenTelemetry (OTLP)",
    ianaNames: ["opentelemetry"],
    images: ["otel/opentelemetry-collector", "otel/opentelemetry-collector-contrib", "opentelemetry-collector-contrib", "opentelemetry-collector"],
    aliases: ["otlp", "otel", "opentelemetry"],
    speaks: ["http", "grpc"],
  },
  {
    key: "stun",
    label: "STUN/TURN",
    ianaNames: ["stun", "turn", "stuns", "turns"],
    images: ["coturn/coturn", "instrumentisto/coturn"],
    aliases: ["stun", "turn", "coturn"],
    ports: [80, 443],
  },
  // Weaviate's docs (docker-compose and Helm): REST on 8080, gRPC on 50051.
  { key: "weaviate", label: "Weaviate", ianaNames: [], images: ["semitechnologies/weaviate"], aliases: ["weaviate"], speaks: ["http", "grpc"], ports: [8080, 50051] },
  // WireGuard's quick-start and wg-quick examples: ListenPort 51820 (UDP); linuxserver/wireguard and wg-easy default to it.
  { key: "wireguard", label: "WireGuard", ianaNames: [], images: ["linuxserver/wireguard", "wg-easy/wg-easy", "weejewel/wg-easy", "masipcat/wireguard-go"], aliases: ["wireguard"], ports: [51820] },
  { key: "sip", label: "SIP", ianaNames: ["sip", "sip-tls"], images: ["andrius/asterisk"], aliases: ["sip"] },
  {
    // Jenkins Docker image README: web UI 8080, inbound agents 50000.
    key: "jenkins",
    label: "Jenkins",
    ianaNames: [],
    images: ["jenkins/jenkins", "jenkins", "jenkinsci/blueocean", "bitnami/jenkins"],
    aliases: ["jenkins"],
    speaks: ["http"],
    ports: [8080, 50000],
  },
  {
    // Gitea docs "Installation with Docker" (web 3000, SSH 22 in the container); GitLab docs
    // "Install GitLab in a Docker container" (80, 443, 22); Gogs and Forgejo follow Gitea.
    key: "git-forge",
    label: "a Git server",
    ianaNames: [],
    images: ["gitea/gitea", "gitlab/gitlab-ce", "gitlab/gitlab-ee", "gogs/gogs", "forgejo/forgejo"],
    aliases: ["gitea", "gitlab", "gogs", "forgejo"],
    speaks: ["http", "ssh"],
    ports: [22, 80, 443, 3000],
  },
  {
    // Portainer docs "Install Portainer CE with Docker": 9443 HTTPS UI, 9000 legacy HTTP UI, 8000 Edge tunnel.
    key: "portainer",
    label: "Portainer",
    ianaNames: [],
    images: ["portainer/portainer-ce", "portainer/portainer", "portainer/portainer-ee", "portainer/agent"],
    aliases: ["portainer"],
    speaks: ["http"],
    ports: [8000, 9000, 9001, 9443],
  },
  {
    // Keycloak server guides: HTTP 8080, HTTPS 8443, management interface (health, metrics) 9000.
    key: "keycloak",
    label: "Keycloak",
    ianaNames: [],
    images: ["keycloak/keycloak", "jboss/keycloak", "bitnami/keycloak", "sso/keycloak"],
    aliases: ["keycloak"],
    speaks: ["http"],
    ports: [8080, 8443, 9000],
  },
  {
    // Apache Kafka docs: broker 9092, KRaft controller 9093 by convention in its quickstart configs.
    key: "kafka",
    label: "Kafka",
    ianaNames: [],
    images: ["confluentinc/cp-kafka", "bitnami/kafka", "apache/kafka", "wurstmeister/kafka"],
    aliases: ["kafka"],
    ports: [9092, 9093],
  },
  {
    // ZooKeeper Administrator's Guide: client 2181, quorum 2888, election 3888, AdminServer 8080.
    key: "zookeeper",
    label: "ZooKeeper",
    ianaNames: [],
    images: ["zookeeper", "confluentinc/cp-zookeeper", "bitnami/zookeeper"],
    aliases: ["zookeeper", "zk"],
    speaks: ["http"],
    ports: [2181, 2888, 3888, 8080],
  },
  {
    // Elasticsearch reference, "Networking": HTTP 9200–9300 (first free), transport 9300–9400.
    key: "elasticsearch",
    label: "Elasticsearch",
    ianaNames: [],
    images: ["elasticsearch", "elasticsearch/elasticsearch", "bitnami/elasticsearch"],
    aliases: ["elasticsearch", "elastic"],
    speaks: ["http"],
    ports: [9200, 9300],
  },
  {
    // OpenSearch docs, "Installing OpenSearch", network requirements: REST 9200, transport 9300,
    // Performance Analyzer 9600, its root cause analysis 9650.
    key: "opensearch",
    label: "OpenSearch",
    ianaNames: [],
    images: ["opensearchproject/opensearch", "bitnami/opensearch"],
    aliases: ["opensearch"],
    speaks: ["http"],
    ports: [9200, 9300, 9600, 9650],
  },
  { key: "kibana", label: "Kibana", ianaNames: [], images: ["kibana", "kibana/kibana", "opensearchproject/opensearch-dashboards"], aliases: ["kibana"], speaks: ["http"] },
  {
    // Logstash reference: Beats input 5044 (beats input plugin docs), monitoring API 9600 (–9700).
    key: "logstash",
    label: "Logstash",
    ianaNames: [],
    images: ["logstash", "logstash/logstash", "opensearchproject/logstash-oss-with-opensearch-output-plugin"],
    aliases: ["logstash"],
    speaks: ["http"],
    ports: [5044, 9600],
  },
  { key: "prometheus", label: "Prometheus", ianaNames: [], images: ["prom/prometheus", "prometheus/prometheus"], aliases: ["prometheus"], speaks: ["http"] },
  { key: "alertmanager", label: "Alertmanager", ianaNames: [], images: ["prom/alertmanager"], aliases: ["alertmanager"], speaks: ["http"] },
  { key: "pushgateway", label: "Prometheus Pushgateway", ianaNames: [], images: ["prom/pushgateway"], aliases: ["pushgateway"], speaks: ["http"] },
  {
    // Prometheus wiki "Default port allocations": node_exporter 9100, and exporters in 9100–9999.
    key: "prometheus-exporter",
    label: "a Prometheus exporter",
    ianaNames: [],
    images: ["prom/node-exporter", "prometheus/node-exporter", "prom/blackbox-exporter", "prom/mysqld-exporter"],
    imageSuffixes: ["-exporter", "_exporter"],
    aliases: ["exporter"],
    speaks: ["http"],
    ports: [{ from: 9100, to: 9999 }],
  },
  {
    // cAdvisor README: the web UI and /metrics on 8080.
    key: "cadvisor",
    label: "cAdvisor",
    ianaNames: [],
    images: ["cadvisor/cadvisor", "google/cadvisor"],
    aliases: ["cadvisor"],
    speaks: ["http"],
    ports: [8080],
  },
  {
    key: "grafana",
    label: "Grafana",
    ianaNames: [],
    images: ["grafana/grafana", "grafana/grafana-oss", "grafana/grafana-enterprise"],
    aliases: ["grafana"],
    speaks: ["http"],
  },
  { key: "loki", label: "Loki", ianaNames: [], images: ["grafana/loki"], aliases: ["loki"], speaks: ["http"], ports: [3100, 9095] },
  {
    key: "jaeger",
    label: "Jaeger",
    ianaNames: [],
    images: ["jaegertracing/all-in-one", "jaegertracing/jaeger"],
    aliases: ["jaeger"],
    speaks: ["http", "grpc", "opentelemetry"],
  },
  { key: "zipkin", label: "Zipkin", ianaNames: [], images: ["openzipkin/zipkin"], aliases: ["zipkin"], speaks: ["http"] },
  {
    // Consul "Required ports": server RPC 8300, Serf LAN 8301 and WAN 8302 (tcp+udp), HTTP 8500,
    // HTTPS 8501, gRPC 8502, gRPC TLS 8503, DNS 8600 (tcp+udp).
    key: "consul",
    label: "Consul",
    ianaNames: [],
    images: ["hashicorp/consul", "consul", "bitnami/consul"],
    aliases: ["consul"],
    speaks: ["http", "dns"],
    ports: [8300, 8301, 8302, 8500, 8501, 8502, 8503, 8600],
  },
  { key: "vault", label: "Vault", ianaNames: [], images: ["hashicorp/vault", "vault"], aliases: ["vault"], speaks: ["http"] },
  {
    // MinIO docs, "Deploy MinIO: Single-Node" for containers: S3 API 9000, console 9001 (--console-address ":9001").
    key: "minio",
    label: "MinIO",
    ianaNames: [],
    images: ["minio/minio", "bitnami/minio"],
    aliases: ["minio"],
    speaks: ["http"],
    ports: [9000, 9001],
  },
  { key: "nats", label: "NATS", ianaNames: [], images: ["nats", "bitnami/nats"], aliases: ["nats"], speaks: ["http"] },
  { key: "cassandra", label: "Cassandra", ianaNames: [], images: ["cassandra", "bitnami/cassandra"], aliases: ["cassandra", "cql"] },
  { key: "influxdb", label: "InfluxDB", ianaNames: [], images: ["influxdb", "bitnami/influxdb"], aliases: ["influx", "influxdb"], speaks: ["http"] },
  { key: "kubernetes-api", label: "the Kubernetes API server", ianaNames: [], images: [], aliases: ["apiserver"] },
  { key: "kubelet", label: "the kubelet", ianaNames: [], images: [], aliases: ["kubelet"] },
] as const satisfies readonly Product[];

/** Frameworks and libraries that open listeners in code, and what they speak. */
export const FRAMEWORK_PRODUCTS: Readonly<Record<string, string>> = {
  http: "http",
  https: "http",
  http2: "http",
  express: "http",
  koa: "http",
  fastify: "http",
  hapi: "http",
  nestjs: "http",
  polka: "http",
  restify: "http",
  hono: "http",
  ws: "http",
  "socket.io": "http",
  deno: "http",
  bun: "http",
  vite: "http",
  "webpack-dev-server": "http",
  next: "http",
  elysia: "http",
  oak: "http",
  feathers: "http",
  connect: "http",
  micro: "http",
  tinyhttp: "http",
  "hyper-express": "http",
  uws: "http",
  "json-server": "http",
  "http-server": "http",
  "http-proxy": "http",
  apollo: "http",
  listhen: "http",
  "live-server": "http",
  "engine.io": "http",
  lume: "http",
  grpc: "grpc",
};

/** Kubernetes appProtocol values (and IANA-style names) that say what a port speaks. */
export const APP_PROTOCOL_PRODUCTS: Readonly<Record<string, string>> = {
  http: "http",
  https: "http",
  http2: "http",
  "kubernetes.io/h2c": "http",
  "kubernetes.io/ws": "http",
  "kubernetes.io/wss": "http",
  grpc: "grpc",
};
