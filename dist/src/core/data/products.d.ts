export interface Product {
    key: string;
    label: string;
    ianaNames: readonly string[];
    images: readonly string[];
    aliases: readonly string[];
    speaks?: readonly string[];
    alsoUses?: readonly number[];
}
export declare const PRODUCTS: readonly [{
    readonly key: "http";
    readonly label: "HTTP";
    readonly ianaNames: readonly ["http", "www", "www-http", "https", "http-alt", "http-mgmt", "https-alt", "http-rpc-epmap"];
    readonly images: readonly ["nginx", "nginx-unprivileged", "nginxinc/nginx-unprivileged", "httpd", "apache", "caddy", "traefik", "haproxy", "envoyproxy/envoy", "openresty/openresty", "lighttpd", "tomcat", "jetty", "wordpress", "nextcloud", "drupal", "ghost", "jenkins/jenkins", "dpage/pgadmin4", "phpmyadmin", "adminer", "portainer/portainer-ce", "portainer/portainer", "gitea/gitea", "gitlab/gitlab-ce", "nginx-ingress-controller", "ingress-nginx/controller", "php", "wiremock/wiremock", "mailhog/mailhog", "axllent/mailpit", "selenium/hub", "selenium/standalone-chrome"];
    readonly aliases: readonly ["http", "https", "web", "www", "http2", "h2c", "ws", "wss", "metrics", "frontend", "nginx", "ui"];
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
    readonly images: readonly ["postgres", "postgis/postgis", "timescale/timescaledb", "bitnami/postgresql", "pgvector/pgvector", "supabase/postgres"];
    readonly aliases: readonly ["postgres", "postgresql", "pg", "pgsql", "psql"];
}, {
    readonly key: "mysql";
    readonly label: "MySQL";
    readonly ianaNames: readonly ["mysql", "mysqlx"];
    readonly images: readonly ["mysql", "mariadb", "percona", "percona/percona-server", "bitnami/mysql", "bitnami/mariadb", "mysql/mysql-server"];
    readonly aliases: readonly ["mysql", "mariadb"];
}, {
    readonly key: "redis";
    readonly label: "Redis";
    readonly ianaNames: readonly ["redis"];
    readonly images: readonly ["redis", "valkey/valkey", "valkey-io/valkey", "bitnami/redis", "redis/redis-stack", "redis/redis-stack-server", "eqalpha/keydb", "redislabs/redismod"];
    readonly aliases: readonly ["redis", "valkey", "keydb"];
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
    readonly images: readonly ["coredns/coredns", "internetsystemsconsortium/bind9", "pihole/pihole"];
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
    readonly key: "amqp";
    readonly label: "AMQP (RabbitMQ)";
    readonly ianaNames: readonly ["amqp", "amqps"];
    readonly images: readonly ["rabbitmq", "bitnami/rabbitmq", "apache/activemq-artemis"];
    readonly aliases: readonly ["amqp", "rabbitmq", "rabbit"];
    readonly speaks: readonly ["epmd", "http"];
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
    readonly alsoUses: readonly [80, 443];
}, {
    readonly key: "sip";
    readonly label: "SIP";
    readonly ianaNames: readonly ["sip", "sip-tls"];
    readonly images: readonly ["andrius/asterisk"];
    readonly aliases: readonly ["sip"];
}, {
    readonly key: "kafka";
    readonly label: "Kafka";
    readonly ianaNames: readonly [];
    readonly images: readonly ["confluentinc/cp-kafka", "bitnami/kafka", "apache/kafka", "wurstmeister/kafka"];
    readonly aliases: readonly ["kafka"];
}, {
    readonly key: "zookeeper";
    readonly label: "ZooKeeper";
    readonly ianaNames: readonly [];
    readonly images: readonly ["zookeeper", "confluentinc/cp-zookeeper", "bitnami/zookeeper"];
    readonly aliases: readonly ["zookeeper", "zk"];
}, {
    readonly key: "elasticsearch";
    readonly label: "Elasticsearch";
    readonly ianaNames: readonly [];
    readonly images: readonly ["elasticsearch", "elasticsearch/elasticsearch", "opensearchproject/opensearch", "bitnami/elasticsearch"];
    readonly aliases: readonly ["elasticsearch", "elastic", "opensearch"];
    readonly speaks: readonly ["http"];
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
    readonly images: readonly ["logstash", "logstash/logstash"];
    readonly aliases: readonly ["logstash"];
    readonly speaks: readonly ["http"];
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
    readonly key: "node-exporter";
    readonly label: "node_exporter";
    readonly ianaNames: readonly [];
    readonly images: readonly ["prom/node-exporter"];
    readonly aliases: readonly ["exporter"];
    readonly speaks: readonly ["http"];
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
    readonly images: readonly ["hashicorp/consul", "consul"];
    readonly aliases: readonly ["consul"];
    readonly speaks: readonly ["http", "dns"];
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
