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
export declare const GENERIC_IMAGE_NAMES: readonly string[];
export declare const PRODUCTS: readonly [{
    readonly key: "http";
    readonly label: "HTTP";
    readonly ianaNames: readonly ["http", "www", "www-http", "https", "http-alt", "http-mgmt", "https-alt", "http-rpc-epmap"];
    readonly images: readonly ["tomcat", "jetty", "wordpress", "nextcloud", "drupal", "ghost", "dpage/pgadmin4", "phpmyadmin", "adminer", "wiremock/wiremock", "mailhog/mailhog", "axllent/mailpit", "selenium/hub", "selenium/standalone-chrome"];
    readonly aliases: readonly ["http", "https", "web", "www", "http2", "h2c", "ws", "wss", "metrics", "frontend", "nginx", "ui"];
}, {
    readonly key: "web-proxy";
    readonly label: "HTTP";
    readonly ianaNames: readonly [];
    readonly images: readonly ["nginx", "nginx-unprivileged", "nginxinc/nginx-unprivileged", "httpd", "apache", "caddy", "openresty/openresty", "lighttpd", "nginx-ingress-controller", "ingress-nginx/controller", "nginx/nginx-ingress"];
    readonly aliases: readonly [];
    readonly speaks: readonly ["http"];
    readonly proxy: "http";
}, {
    readonly key: "tcp-proxy";
    readonly label: "a TCP/HTTP proxy";
    readonly ianaNames: readonly [];
    readonly images: readonly ["traefik", "haproxy", "envoyproxy/envoy", "bitnami/haproxy"];
    readonly aliases: readonly ["haproxy", "traefik", "envoy"];
    readonly speaks: readonly ["http"];
    readonly proxy: "tcp";
}, {
    readonly key: "php";
    readonly label: "PHP";
    readonly ianaNames: readonly [];
    readonly images: readonly ["php", "bitnami/php-fpm"];
    readonly aliases: readonly ["php", "fpm"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [9000];
}, {
    readonly key: "grpc";
    readonly label: "gRPC";
    readonly ianaNames: readonly [];
    readonly images: readonly [];
    readonly aliases: readonly ["grpc"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "postgresql";
    readonly label: "PostgreSQL";
    readonly ianaNames: readonly ["postgresql"];
    readonly images: readonly ["postgres", "postgresql", "postgis", "postgis/postgis", "timescale/timescaledb", "bitnami/postgresql", "pgvector/pgvector", "supabase/postgres"];
    readonly aliases: readonly ["postgres", "postgresql", "pg", "pgsql", "psql", "postgis"];
}, {
    readonly key: "mysql";
    readonly label: "MySQL";
    readonly ianaNames: readonly ["mysql", "mysqlx"];
    readonly images: readonly ["mysql", "mariadb", "percona", "percona/percona-server", "bitnami/mysql", "bitnami/mariadb", "mysql/mysql-server"];
    readonly aliases: readonly ["mysql", "mariadb"];
    readonly ports: readonly [3306, 33060, 33061, 33062];
}, {
    readonly key: "redis";
    readonly label: "Redis";
    readonly ianaNames: readonly ["redis"];
    readonly images: readonly ["redis", "valkey/valkey", "valkey-io/valkey", "bitnami/redis", "redis/redis-stack", "redis/redis-stack-server", "eqalpha/keydb", "redislabs/redismod"];
    readonly aliases: readonly ["redis", "valkey", "keydb"];
    readonly ports: readonly [26379, 8001];
}, {
    readonly key: "mongodb";
    readonly label: "MongoDB";
    readonly ianaNames: readonly ["mongodb"];
    readonly images: readonly ["mongo", "mongodb/mongodb-community-server", "bitnami/mongodb"];
    readonly aliases: readonly ["mongo", "mongodb"];
}, {
    readonly key: "memcached";
    readonly label: "memcached";
    readonly ianaNames: readonly ["memcache"];
    readonly images: readonly ["memcached", "bitnami/memcached"];
    readonly aliases: readonly ["memcached", "memcache"];
}, {
    readonly key: "ssh";
    readonly label: "SSH";
    readonly ianaNames: readonly ["ssh"];
    readonly images: readonly ["linuxserver/openssh-server", "atmoz/sftp"];
    readonly aliases: readonly ["ssh", "sftp"];
}, {
    readonly key: "smtp";
    readonly label: "SMTP";
    readonly ianaNames: readonly ["smtp", "submission", "submissions"];
    readonly images: readonly ["namshi/smtp", "boky/postfix"];
    readonly aliases: readonly ["smtp"];
}, {
    readonly key: "imap";
    readonly label: "IMAP/POP3";
    readonly ianaNames: readonly ["imap", "imaps", "pop3", "pop3s"];
    readonly images: readonly ["dovecot/dovecot"];
    readonly aliases: readonly ["imap", "pop3"];
}, {
    readonly key: "dns";
    readonly label: "DNS";
    readonly ianaNames: readonly ["domain"];
    readonly images: readonly ["coredns/coredns", "internetsystemsconsortium/bind9"];
    readonly aliases: readonly ["dns"];
}, {
    readonly key: "ldap";
    readonly label: "LDAP";
    readonly ianaNames: readonly ["ldap", "ldaps"];
    readonly images: readonly ["osixia/openldap", "bitnami/openldap"];
    readonly aliases: readonly ["ldap", "ldaps"];
}, {
    readonly key: "ftp";
    readonly label: "FTP";
    readonly ianaNames: readonly ["ftp", "ftp-data", "ftps", "ftps-data"];
    readonly images: readonly ["fauria/vsftpd", "stilliard/pure-ftpd"];
    readonly aliases: readonly ["ftp"];
}, {
    readonly key: "ntp";
    readonly label: "NTP";
    readonly ianaNames: readonly ["ntp"];
    readonly images: readonly ["cturra/ntp"];
    readonly aliases: readonly ["ntp"];
}, {
    readonly key: "snmp";
    readonly label: "SNMP";
    readonly ianaNames: readonly ["snmp", "snmptrap"];
    readonly images: readonly [];
    readonly aliases: readonly ["snmp"];
}, {
    readonly key: "dhcp";
    readonly label: "DHCP";
    readonly ianaNames: readonly ["bootps", "bootpc", "dhcpv6-client", "dhcpv6-server"];
    readonly images: readonly [];
    readonly aliases: readonly ["dhcp"];
}, {
    readonly key: "pihole";
    readonly label: "Pi-hole";
    readonly ianaNames: readonly [];
    readonly images: readonly ["pihole/pihole"];
    readonly aliases: readonly ["pihole"];
    readonly speaks: readonly ["dns", "http", "dhcp", "ntp"];
    readonly ports: readonly [53, 67, 80, 123, 443];
}, {
    readonly key: "amqp";
    readonly label: "AMQP (RabbitMQ)";
    readonly ianaNames: readonly ["amqp", "amqps"];
    readonly images: readonly ["rabbitmq", "bitnami/rabbitmq", "apache/activemq-artemis"];
    readonly aliases: readonly ["amqp", "rabbitmq", "rabbit"];
    readonly speaks: readonly ["epmd", "http", "mqtt"];
    readonly ports: readonly [4369, 5551, 5552, 5671, 5672, 15671, 15672, 15674, 15675, 15692, 25672, 61613, 61614];
}, {
    readonly key: "epmd";
    readonly label: "Erlang port mapper";
    readonly ianaNames: readonly ["epmd"];
    readonly images: readonly [];
    readonly aliases: readonly ["epmd"];
}, {
    readonly key: "mqtt";
    readonly label: "MQTT";
    readonly ianaNames: readonly ["mqtt", "secure-mqtt"];
    readonly images: readonly ["eclipse-mosquitto", "emqx/emqx", "emqx", "hivemq/hivemq4", "vernemq/vernemq"];
    readonly aliases: readonly ["mqtt", "mosquitto"];
}, {
    readonly key: "etcd";
    readonly label: "etcd";
    readonly ianaNames: readonly ["etcd-client", "etcd-server"];
    readonly images: readonly ["coreos/etcd", "bitnami/etcd", "etcd"];
    readonly aliases: readonly ["etcd"];
}, {
    readonly key: "docker";
    readonly label: "the Docker API";
    readonly ianaNames: readonly ["docker", "docker-s", "swarm"];
    readonly images: readonly ["docker"];
    readonly aliases: readonly ["docker", "dockerd"];
}, {
    readonly key: "mssql";
    readonly label: "Microsoft SQL Server";
    readonly ianaNames: readonly ["ms-sql-s", "ms-sql-m"];
    readonly images: readonly ["mssql/server", "azure-sql-edge"];
    readonly aliases: readonly ["mssql", "sqlserver"];
}, {
    readonly key: "couchdb";
    readonly label: "CouchDB";
    readonly ianaNames: readonly ["couchdb"];
    readonly images: readonly ["couchdb", "bitnami/couchdb"];
    readonly aliases: readonly ["couchdb"];
}, {
    readonly key: "cockroachdb";
    readonly label: "CockroachDB";
    readonly ianaNames: readonly ["cockroach"];
    readonly images: readonly ["cockroachdb/cockroach"];
    readonly aliases: readonly ["cockroach", "cockroachdb"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [8080];
}, {
    readonly key: "neo4j";
    readonly label: "Neo4j";
    readonly ianaNames: readonly ["neo4j", "bolt"];
    readonly images: readonly ["neo4j"];
    readonly aliases: readonly ["neo4j", "bolt"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "opentelemetry";
    readonly label: "OpenTelemetry (OTLP)";
    readonly ianaNames: readonly ["opentelemetry"];
    readonly images: readonly ["otel/opentelemetry-collector", "otel/opentelemetry-collector-contrib", "opentelemetry-collector-contrib", "opentelemetry-collector"];
    readonly aliases: readonly ["otlp", "otel", "opentelemetry"];
    readonly speaks: readonly ["http", "grpc"];
}, {
    readonly key: "stun";
    readonly label: "STUN/TURN";
    readonly ianaNames: readonly ["stun", "turn", "stuns", "turns"];
    readonly images: readonly ["coturn/coturn", "instrumentisto/coturn"];
    readonly aliases: readonly ["stun", "turn", "coturn"];
    readonly ports: readonly [80, 443];
}, {
    readonly key: "weaviate";
    readonly label: "Weaviate";
    readonly ianaNames: readonly [];
    readonly images: readonly ["semitechnologies/weaviate"];
    readonly aliases: readonly ["weaviate"];
    readonly speaks: readonly ["http", "grpc"];
    readonly ports: readonly [8080, 50051];
}, {
    readonly key: "wireguard";
    readonly label: "WireGuard";
    readonly ianaNames: readonly [];
    readonly images: readonly ["linuxserver/wireguard", "wg-easy/wg-easy", "weejewel/wg-easy", "masipcat/wireguard-go"];
    readonly aliases: readonly ["wireguard"];
    readonly ports: readonly [51820];
}, {
    readonly key: "sip";
    readonly label: "SIP";
    readonly ianaNames: readonly ["sip", "sip-tls"];
    readonly images: readonly ["andrius/asterisk"];
    readonly aliases: readonly ["sip"];
}, {
    readonly key: "jenkins";
    readonly label: "Jenkins";
    readonly ianaNames: readonly [];
    readonly images: readonly ["jenkins/jenkins", "jenkins", "jenkinsci/blueocean", "bitnami/jenkins"];
    readonly aliases: readonly ["jenkins"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [8080, 50000];
}, {
    readonly key: "git-forge";
    readonly label: "a Git server";
    readonly ianaNames: readonly [];
    readonly images: readonly ["gitea/gitea", "gitlab/gitlab-ce", "gitlab/gitlab-ee", "gogs/gogs", "forgejo/forgejo"];
    readonly aliases: readonly ["gitea", "gitlab", "gogs", "forgejo"];
    readonly speaks: readonly ["http", "ssh"];
    readonly ports: readonly [22, 80, 443, 3000];
}, {
    readonly key: "portainer";
    readonly label: "Portainer";
    readonly ianaNames: readonly [];
    readonly images: readonly ["portainer/portainer-ce", "portainer/portainer", "portainer/portainer-ee", "portainer/agent"];
    readonly aliases: readonly ["portainer"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [8000, 9000, 9001, 9443];
}, {
    readonly key: "keycloak";
    readonly label: "Keycloak";
    readonly ianaNames: readonly [];
    readonly images: readonly ["keycloak/keycloak", "jboss/keycloak", "bitnami/keycloak", "sso/keycloak"];
    readonly aliases: readonly ["keycloak"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [8080, 8443, 9000];
}, {
    readonly key: "kafka";
    readonly label: "Kafka";
    readonly ianaNames: readonly [];
    readonly images: readonly ["confluentinc/cp-kafka", "bitnami/kafka", "apache/kafka", "wurstmeister/kafka"];
    readonly aliases: readonly ["kafka"];
    readonly ports: readonly [9092, 9093];
}, {
    readonly key: "zookeeper";
    readonly label: "ZooKeeper";
    readonly ianaNames: readonly [];
    readonly images: readonly ["zookeeper", "confluentinc/cp-zookeeper", "bitnami/zookeeper"];
    readonly aliases: readonly ["zookeeper", "zk"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [2181, 2888, 3888, 8080];
}, {
    readonly key: "elasticsearch";
    readonly label: "Elasticsearch";
    readonly ianaNames: readonly [];
    readonly images: readonly ["elasticsearch", "elasticsearch/elasticsearch", "bitnami/elasticsearch"];
    readonly aliases: readonly ["elasticsearch", "elastic"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [9200, 9300];
}, {
    readonly key: "opensearch";
    readonly label: "OpenSearch";
    readonly ianaNames: readonly [];
    readonly images: readonly ["opensearchproject/opensearch", "bitnami/opensearch"];
    readonly aliases: readonly ["opensearch"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [9200, 9300, 9600, 9650];
}, {
    readonly key: "kibana";
    readonly label: "Kibana";
    readonly ianaNames: readonly [];
    readonly images: readonly ["kibana", "kibana/kibana", "opensearchproject/opensearch-dashboards"];
    readonly aliases: readonly ["kibana"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "logstash";
    readonly label: "Logstash";
    readonly ianaNames: readonly [];
    readonly images: readonly ["logstash", "logstash/logstash", "opensearchproject/logstash-oss-with-opensearch-output-plugin"];
    readonly aliases: readonly ["logstash"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [5044, 9600];
}, {
    readonly key: "prometheus";
    readonly label: "Prometheus";
    readonly ianaNames: readonly [];
    readonly images: readonly ["prom/prometheus", "prometheus/prometheus"];
    readonly aliases: readonly ["prometheus"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "alertmanager";
    readonly label: "Alertmanager";
    readonly ianaNames: readonly [];
    readonly images: readonly ["prom/alertmanager"];
    readonly aliases: readonly ["alertmanager"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "pushgateway";
    readonly label: "Prometheus Pushgateway";
    readonly ianaNames: readonly [];
    readonly images: readonly ["prom/pushgateway"];
    readonly aliases: readonly ["pushgateway"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "prometheus-exporter";
    readonly label: "a Prometheus exporter";
    readonly ianaNames: readonly [];
    readonly images: readonly ["prom/node-exporter", "prometheus/node-exporter", "prom/blackbox-exporter", "prom/mysqld-exporter"];
    readonly imageSuffixes: readonly ["-exporter", "_exporter"];
    readonly aliases: readonly ["exporter"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [{
        readonly from: 9100;
        readonly to: 9999;
    }];
}, {
    readonly key: "cadvisor";
    readonly label: "cAdvisor";
    readonly ianaNames: readonly [];
    readonly images: readonly ["cadvisor/cadvisor", "google/cadvisor"];
    readonly aliases: readonly ["cadvisor"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [8080];
}, {
    readonly key: "grafana";
    readonly label: "Grafana";
    readonly ianaNames: readonly [];
    readonly images: readonly ["grafana/grafana", "grafana/grafana-oss", "grafana/grafana-enterprise"];
    readonly aliases: readonly ["grafana"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "loki";
    readonly label: "Loki";
    readonly ianaNames: readonly [];
    readonly images: readonly ["grafana/loki"];
    readonly aliases: readonly ["loki"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [3100, 9095];
}, {
    readonly key: "jaeger";
    readonly label: "Jaeger";
    readonly ianaNames: readonly [];
    readonly images: readonly ["jaegertracing/all-in-one", "jaegertracing/jaeger"];
    readonly aliases: readonly ["jaeger"];
    readonly speaks: readonly ["http", "grpc", "opentelemetry"];
}, {
    readonly key: "zipkin";
    readonly label: "Zipkin";
    readonly ianaNames: readonly [];
    readonly images: readonly ["openzipkin/zipkin"];
    readonly aliases: readonly ["zipkin"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "consul";
    readonly label: "Consul";
    readonly ianaNames: readonly [];
    readonly images: readonly ["hashicorp/consul", "consul", "bitnami/consul"];
    readonly aliases: readonly ["consul"];
    readonly speaks: readonly ["http", "dns"];
    readonly ports: readonly [8300, 8301, 8302, 8500, 8501, 8502, 8503, 8600];
}, {
    readonly key: "vault";
    readonly label: "Vault";
    readonly ianaNames: readonly [];
    readonly images: readonly ["hashicorp/vault", "vault"];
    readonly aliases: readonly ["vault"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "minio";
    readonly label: "MinIO";
    readonly ianaNames: readonly [];
    readonly images: readonly ["minio/minio", "bitnami/minio"];
    readonly aliases: readonly ["minio"];
    readonly speaks: readonly ["http"];
    readonly ports: readonly [9000, 9001];
}, {
    readonly key: "nats";
    readonly label: "NATS";
    readonly ianaNames: readonly [];
    readonly images: readonly ["nats", "bitnami/nats"];
    readonly aliases: readonly ["nats"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "cassandra";
    readonly label: "Cassandra";
    readonly ianaNames: readonly [];
    readonly images: readonly ["cassandra", "bitnami/cassandra"];
    readonly aliases: readonly ["cassandra", "cql"];
}, {
    readonly key: "influxdb";
    readonly label: "InfluxDB";
    readonly ianaNames: readonly [];
    readonly images: readonly ["influxdb", "bitnami/influxdb"];
    readonly aliases: readonly ["influx", "influxdb"];
    readonly speaks: readonly ["http"];
}, {
    readonly key: "kubernetes-api";
    readonly label: "the Kubernetes API server";
    readonly ianaNames: readonly [];
    readonly images: readonly [];
    readonly aliases: readonly ["apiserver"];
}, {
    readonly key: "kubelet";
    readonly label: "the kubelet";
    readonly ianaNames: readonly [];
    readonly images: readonly [];
    readonly aliases: readonly ["kubelet"];
}];
/** Frameworks and libraries that open listeners in code, and what they speak. */
export declare const FRAMEWORK_PRODUCTS: Readonly<Record<string, string>>;
/** Kubernetes appProtocol values (and IANA-style names) that say what a port speaks. */
export declare const APP_PROTOCOL_PRODUCTS: Readonly<Record<string, string>>;
