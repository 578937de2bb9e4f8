// Curated table of services people actually run beside their apps (databases, caches, brokers,
// HTTP, SSH, DNS, mail), used to tell who listens on a port (from an image, a port name, an env
// key, a framework) and who owns it (from the IANA names). Owners nobody runs beside an app (X11
// on 6000–6063, where Storybook's 6006 lives; IRC, which browsers block anyway) are left out. Hand-written;
// sources: port-facts.md §8 and §10 (IANA rows checked one by one), each image's Docker Hub page.
// `ianaNames`: IANA service names that are this product or protocol. `images`: repository paths
// (`grafana/grafana`) or bare names matched against an image's last path segment (`postgres`).
// `aliases`: words in env keys, port names and service names (REDIS_PORT → redis).
// `speaks`: other products' protocols it serves (Grafana serves HTTP; gRPC is HTTP/2).
// `alsoUses`: ports it takes over from another service by design (TURN on 80/443 to get through
// firewalls that only let web traffic out, as coturn's own examples do).

export interface Product {
  key: string;
  label: string;
  ianaNames: readonly string[];
  images: readonly string[];
  aliases: readonly string[];
  speaks?: readonly string[];
  alsoUses?: readonly number[];
}

export const PRODUCTS = [
  {
    key: "http",
    label: "HTTP",
    ianaNames: ["http", "www", "www-http", "https", "http-alt", "http-mgmt", "https-alt", "http-rpc-epmap"],
    images: [
      "nginx", "nginx-unprivileged", "nginxinc/nginx-unprivileged", "httpd", "apache", "caddy", "traefik", "haproxy",
      "envoyproxy/envoy", "openresty/openresty", "lighttpd", "tomcat", "jetty", "wordpress", "nextcloud", "drupal",
      "ghost", "jenkins/jenkins", "dpage/pgadmin4", "phpmyadmin", "adminer", "portainer/portainer-ce",
      "portainer/portainer", "gitea/gitea", "gitlab/gitlab-ce", "nginx-ingress-controller", "ingress-nginx/controller",
      "php", "wiremock/wiremock", "mailhog/mailhog", "axllent/mailpit", "selenium/hub", "selenium/standalone-chrome",
    ],
    aliases: ["http", "https", "web", "www", "http2", "h2c", "ws", "wss", "metrics", "frontend", "nginx", "ui"],
  },
  { key: "grpc", label: "gRPC", ianaNames: [], images: [], aliases: ["grpc"], speaks: ["http"] },
  {
    key: "postgresql",
    label: "PostgreSQL",
    ianaNames: ["postgresql"],
    images: ["postgres", "postgis/postgis", "timescale/timescaledb", "bitnami/postgresql", "pgvector/pgvector", "supabase/postgres"],
    aliases: ["postgres", "postgresql", "pg", "pgsql", "psql"],
  },
  {
    key: "mysql",
    label: "MySQL",
    ianaNames: ["mysql", "mysqlx"],
    images: ["mysql", "mariadb", "percona", "percona/percona-server", "bitnami/mysql", "bitnami/mariadb", "mysql/mysql-server"],
    aliases: ["mysql", "mariadb"],
  },
  {
    key: "redis",
    label: "Redis",
    ianaNames: ["redis"],
    images: ["redis", "valkey/valkey", "valkey-io/valkey", "bitnami/redis", "redis/redis-stack", "redis/redis-stack-server", "eqalpha/keydb", "redislabs/redismod"],
    aliases: ["redis", "valkey", "keydb"],
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
  { key: "dns", label: "DNS", ianaNames: ["domain"], images: ["coredns/coredns", "internetsystemsconsortium/bind9", "pihole/pihole"], aliases: ["dns"] },
  { key: "ldap", label: "LDAP", ianaNames: ["ldap", "ldaps"], images: ["osixia/openldap", "bitnami/openldap"], aliases: ["ldap", "ldaps"] },
  { key: "ftp", label: "FTP", ianaNames: ["ftp", "ftp-data", "ftps", "ftps-data"], images: ["fauria/vsftpd", "stilliard/pure-ftpd"], aliases: ["ftp"] },
  { key: "ntp", label: "NTP", ianaNames: ["ntp"], images: ["cturra/ntp"], aliases: ["ntp"] },
  { key: "snmp", label: "SNMP", ianaNames: ["snmp", "snmptrap"], images: [], aliases: ["snmp"] },
  {
    key: "amqp",
    label: "AMQP (RabbitMQ)",
    ianaNames: ["amqp", "amqps"],
    images: ["rabbitmq", "bitnami/rabbitmq", "apache/activemq-artemis"],
    aliases: ["amqp", "rabbitmq", "rabbit"],
    speaks: ["epmd", "http"],
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
  { key: "cockroachdb", label: "CockroachDB", ianaNames: ["cockroach"], images: ["cockroachdb/cockroach"], aliases: ["cockroach", "cockroachdb"], speaks: ["http"] },
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
    alsoUses: [80, 443],
  },
  { key: "sip", label: "SIP", ianaNames: ["sip", "sip-tls"], images: ["andrius/asterisk"], aliases: ["sip"] },
  { key: "kafka", label: "Kafka", ianaNames: [], images: ["confluentinc/cp-kafka", "bitnami/kafka", "apache/kafka", "wurstmeister/kafka"], aliases: ["kafka"] },
  { key: "zookeeper", label: "ZooKeeper", ianaNames: [], images: ["zookeeper", "confluentinc/cp-zookeeper", "bitnami/zookeeper"], aliases: ["zookeeper", "zk"] },
  {
    key: "elasticsearch",
    label: "Elasticsearch",
    ianaNames: [],
    images: ["elasticsearch", "elasticsearch/elasticsearch", "opensearchproject/opensearch", "bitnami/elasticsearch"],
    aliases: ["elasticsearch", "elastic", "opensearch"],
    speaks: ["http"],
  },
  { key: "kibana", label: "Kibana", ianaNames: [], images: ["kibana", "kibana/kibana", "opensearchproject/opensearch-dashboards"], aliases: ["kibana"], speaks: ["http"] },
  { key: "logstash", label: "Logstash", ianaNames: [], images: ["logstash", "logstash/logstash"], aliases: ["logstash"], speaks: ["http"] },
  { key: "prometheus", label: "Prometheus", ianaNames: [], images: ["prom/prometheus", "prometheus/prometheus"], aliases: ["prometheus"], speaks: ["http"] },
  { key: "alertmanager", label: "Alertmanager", ianaNames: [], images: ["prom/alertmanager"], aliases: ["alertmanager"], speaks: ["http"] },
  { key: "pushgateway", label: "Prometheus Pushgateway", ianaNames: [], images: ["prom/pushgateway"], aliases: ["pushgateway"], speaks: ["http"] },
  { key: "node-exporter", label: "node_exporter", ianaNames: [], images: ["prom/node-exporter"], aliases: ["exporter"], speaks: ["http"] },
  {
    key: "grafana",
    label: "Grafana",
    ianaNames: [],
    images: ["grafana/grafana", "grafana/grafana-oss", "grafana/grafana-enterprise"],
    aliases: ["grafana"],
    speaks: ["http"],
  },
  { key: "loki", label: "Loki", ianaNames: [], images: ["grafana/loki"], aliases: ["loki"], speaks: ["http"] },
  {
    key: "jaeger",
    label: "Jaeger",
    ianaNames: [],
    images: ["jaegertracing/all-in-one", "jaegertracing/jaeger"],
    aliases: ["jaeger"],
    speaks: ["http", "grpc", "opentelemetry"],
  },
  { key: "zipkin", label: "Zipkin", ianaNames: [], images: ["openzipkin/zipkin"], aliases: ["zipkin"], speaks: ["http"] },
  { key: "consul", label: "Consul", ianaNames: [], images: ["hashicorp/consul", "consul"], aliases: ["consul"], speaks: ["http", "dns"] },
  { key: "vault", label: "Vault", ianaNames: [], images: ["hashicorp/vault", "vault"], aliases: ["vault"], speaks: ["http"] },
  { key: "minio", label: "MinIO", ianaNames: [], images: ["minio/minio", "bitnami/minio"], aliases: ["minio"], speaks: ["http"] },
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
