// The rule catalogue: one list that ESLint `meta`, SARIF `rules[]`, the docs and the scanner read.
// Each message is one sentence of at most ~200 characters, read in a CI log: the port's class, why
// it matters here, what to do (test/core/catalogue.test.ts renders each with long realistic data).
// The longer reasoning (runtimes, sysctls, scopes) is in `help`, the doc pages and `port-policy explain`.
// Placeholders: {{subject}} is "Port 8080" or "Fallback port 8080 for PORT";
// {{class}} is the RFC 6335 class with its range ("user range 1024–49151"), from describeClass().
/** The ESLint plugin namespace (rule ids `port-policy/<id>`) and the `settings` key of its policy. */
export const NAMESPACE = "port-policy";
export const DOCS_BASE_URL = "https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/";
const ENTRIES = [
    {
        id: "no-dynamic-port",
        description: "Disallow fixed listeners in the dynamic (ephemeral) port range",
        rationale: "RFC 6335 reserves 49152–65535 as the dynamic range: it is never assigned to a service and operating systems hand these ports out as the local end of outgoing connections, so a server fixed there fails intermittently with EADDRINUSE. Linux's wider range below 49152 is no-ephemeral-port's.",
        help: "Every outgoing TCP connection takes a local port from the OS's ephemeral range: IANA's dynamic range 49152–65535 on Windows and macOS, 32768–60999 on Linux (net.ipv4.ip_local_port_range), 10000–65535 on FreeBSD. A server fixed inside 49152–65535 starts fine most of the time and fails with EADDRINUSE when a browser, a connection pool or a health check happens to hold its port, on every operating system. Move the server to a free port in 1024–32767, or keep the port out of automatic assignment: net.ipv4.ip_local_reserved_ports on Linux, netsh int ipv4 add excludedportrange on Windows, net.inet.ip.portrange.first on macOS and FreeBSD. Port 0 (let the OS pick) is never reported. Ports below 49152 inside an OS range (Linux's 32768–60999) are reported by no-ephemeral-port, at its own severity.",
        severity: "error",
        messages: {
            dynamic: "{{subject}} is in the dynamic range (49152–65535), which the OS hands out to outgoing connections, so it may already be taken; use a free port in 1024–32767.",
            ownPort: "{{subject}} is {{product}}'s default, but in the dynamic range (49152–65535) the OS gives outgoing connections; reserve it on each host (net.ipv4.ip_local_reserved_ports).",
        },
    },
    {
        id: "no-ephemeral-port",
        description: "Disallow fixed listeners in an OS ephemeral range below 49152, such as Linux's 32768–60999",
        rationale: "Linux hands out 32768–60999 as the local ports of outgoing connections by default (net.ipv4.ip_local_port_range), well below IANA's dynamic range, so a server fixed at 34567 can find its port held by a client on a busy host. Registered user ports are not safe from it, hence a warning by default.",
        help: "Which ranges are checked is the policy's ephemeral list of profiles: linux 32768–60999 (the default), windows and macos 49152–65535, freebsd 10000–65535, iana 49152–65535; ports from 49152 up are no-dynamic-port's and never reported twice. A warning in recommended, an error in strict; set the rule's severity like any other (rules: { no-ephemeral-port: error }). Fixes: a free port in 1024–32767, or keep the port out of automatic assignment on every host that runs it: net.ipv4.ip_local_reserved_ports on Linux. A product on its own registered port (MySQL X on 33060) is not reported.",
        severity: "warn",
        messages: {
            ephemeral: "{{subject}} ({{class}}) is in {{profile}}'s ephemeral range {{range}}, so an outgoing connection may hold it; use 1024–{{below}} or {{reserve}}.",
        },
    },
    {
        id: "no-privileged-port",
        description: "Disallow binds below 1024 by processes that are not root",
        rationale: "Ports 0–1023 are the system (well-known) range. On Linux a process needs root or CAP_NET_BIND_SERVICE to bind below net.ipv4.ip_unprivileged_port_start (1024 by default); Docker 20.10+ and containerd 2.0+ lower that to 0 inside a container's own network namespace, CRI-O, containerd 1.x, OpenShift and host networking do not.",
        help: "What decides whether a bind below 1024 works, in order: an explicit net.ipv4.ip_unprivileged_port_start sysctl on the pod or service; the host network (the host keeps 1024); the runtime (Docker 20.10+ and containerd 2.0+ set 0 in a container's own network namespace, CRI-O, containerd 1.x, Podman and OpenShift's restricted-v2 SCC keep 1024); the user (root may always bind). Code and .env files carry no user, so they are taken to run as an ordinary user. Adding NET_BIND_SERVICE gives a non-root process nothing by itself (no ambient capabilities) but works with file capabilities, so it is taken as intent. Fixes: listen on 1024 or above and publish or map the low port in front; set the pod's sysctl; or set the policy's runtime (runtime.kubernetes: containerd) when your nodes lower the limit. port-policy explain <port> shows the verdict per runtime.",
        severity: "error",
        securitySeverity: 4.0,
        messages: {
            privileged: "{{subject}} ({{class}}) needs root to bind, but {{reason}}, so it fails with EACCES; listen on {{suggestion}} or another port from 1024 and map it.",
        },
    },
    {
        id: "no-registered-port-misuse",
        description: "Disallow listeners on a port registered to a different, well-known service",
        rationale: "IANA registers system and user ports to named services. A listener on another service's registered port (an HTTP app on PostgreSQL's 5432) confuses clients, firewall rules, monitoring and people, and collides when the real service is added.",
        help: "The listener's identity comes from its image (repository and tag), framework, Kubernetes port name and appProtocol, env key and, when nothing else names it, its service name. A product on one of its own documented ports (RabbitMQ on 5672 and 15672, Jenkins on 8080 and 50000, Pi-hole on 53, 67, 80 and 443) is never reported. The recommended preset compares only with owners people run beside their apps (PostgreSQL, Redis, HTTP, SSH, …); the strict preset also names every other IANA registration and well-known de-facto defaults (9092 Kafka). An organisation's own registry (registry: in port-policy.config.yml) decides over both. The wording follows IANA's caution: a port is registered to a service, traffic on it is not necessarily that service.",
        severity: "error",
        messages: {
            registered: "{{subject}} ({{class}}) is registered to {{owner}}, yet {{identity}} listens there, misleading clients and firewalls; use {{advice}}.",
            orgRegistered: "{{subject}} ({{class}}) belongs to {{owner}} in your port registry, but {{identity}} listens there; use a port the registry gives it, or register this use.",
            deFacto: "{{subject}} ({{class}}) is the default port of {{owner}}, yet {{identity}} listens there and would clash with it; use {{advice}}.",
        },
    },
    {
        id: "no-duplicate-port",
        description: "Disallow two listeners on the same port and protocol in one scope",
        rationale: "Only one socket can bind a port and protocol in a network namespace (one host, one pod, one compose project's published ports). The second listener fails to start, or one of two services silently wins.",
        help: "Scopes: one compose project after its override files are merged (services in disjoint profiles never run together), one pod, one job's services, one env file, and in code the listeners that can be open at the same time (both at module top level, or in one function with no close between, or a hook and the tests of its describe). Two tests, two describes, the sides of an if/else, type tests and a Vite config's server and preview ports are never duplicates, nor is a Vite port without strictPort: true, which moves to the next free port when taken. Binds to two different specific addresses (127.0.0.1 and 127.0.0.2) do not collide, nor do a compose or Kubernetes IPv4 and IPv6 address (0.0.0.0 and [::]), nor TCP and UDP. In Kubernetes a hostPort belongs to its pod: the scheduler puts two workloads wanting one host port on different nodes, but a DaemonSet runs on every node, so another workload of its directory wanting one of its host ports is a warning; NodePorts are unique per cluster, compared per directory. A port declared twice in one container or one Dockerfile image is a warning: the repeat adds nothing.",
        severity: "error",
        messages: {
            duplicate: "{{subject}} ({{protocol}}, {{class}}) is also claimed by {{other}} at line {{otherLine}} of this {{scope}}, so one of the two will fail to start; give one another port.",
            declaredTwice: "{{subject}} ({{protocol}}, {{class}}) is declared twice for {{owner}} (first at line {{otherLine}}), which adds nothing and can hide a typo; remove the repeat.",
            daemonSetHostPort: "{{subject}} ({{protocol}}, {{class}}) is a host port of DaemonSet {{other}} too ({{otherFile}}:{{otherLine}}), which runs on every node; use another port.",
        },
    },
    {
        id: "no-browser-unsafe-port",
        description: "Disallow HTTP listeners on ports that browsers refuse (Fetch bad ports)",
        rationale: "The WHATWG Fetch standard lists 'bad ports' (those of SMTP, IRC, X11, SIP and others) that browsers refuse to connect to over HTTP(S), failing with ERR_UNSAFE_PORT, to stop cross-protocol attacks. An HTTP server there cannot be opened in a browser.",
        severity: "error",
        messages: {
            unsafe: "{{subject}} ({{class}}) is a Fetch bad port ({{owner}}): browsers refuse HTTP to it with ERR_UNSAFE_PORT; serve HTTP on another port, such as 8080.",
        },
    },
    {
        id: "valid-port",
        description: "Require port values to be valid: 0–65535, well-formed, resolvable, NodePorts in range",
        rationale: "A port is a whole number from 0 to 65535. A value outside that, a malformed port spec, a variable that is not set, or a NodePort outside the API server's range is rejected at deploy time or silently means something else.",
        help: "Ports are whole numbers from 0 to 65535: system 0–1023 (root-only on Linux), user 1024–49151 (where your own servers belong), dynamic 49152–65535 (left to the OS). An unquoted HOST:CONTAINER pair whose container port is below 60 (2222:22) is a base-60 number to YAML 1.1 parsers such as older Docker Compose: quote it. A variable that is not set and has no default leaves the port unknown: set it in the .env file beside the compose file or give it a default (${PORT:-8080}). A NodePort must lie in kube-apiserver's --service-node-port-range (default 30000–32767). In Kubernetes, a value the API server cannot decode as a port (true, null, an empty string, a quoted 8080, http, a list) is reported on its token; port names follow IsValidPortName (15 characters of a–z, 0–9 and inner hyphens, with a letter), Service port names are DNS labels; a probe, lifecycle hook or Service targetPort naming a port its container or selected pods do not declare can never connect, and a number they do not declare is a warning. The exposure switches of the policy (kubernetes.hostPorts, kubernetes.hostNetwork, kubernetes.forbiddenServiceTypes, publish.requireHostIp, ssh) are reported here too, off unless the policy turns them on.",
        severity: "error",
        messages: {
            outOfRange: "{{value}} is not a port: ports are whole numbers from 0 to 65535 (system 0–1023, user 1024–49151, dynamic 49152–65535); use a free port in 1024–32767.",
            malformed: "{{value}} is not a valid port: {{reason}}; a port is a whole number 0–65535: use a free one in the user range, below Linux's ephemeral 32768.",
            unquotedBase60: '{{value}} is unquoted: YAML 1.1 (older Compose) reads HOST:CONTAINER with a container port below 60 (system range) as one base-60 number; quote it: "{{value}}".',
            unresolved: "{{variable}} is unset and has no default, so this port is unknown and unchecked; set it in the .env file beside the compose file, or give it a default: ${{{variable}}:-8080}.",
            unset: "{{variable}} is unset and has no default, so Compose puts an empty string there and this port goes unchecked against the system, user and dynamic ranges; set it in .env or give a default.",
            unsetHostPort: "{{variable}} is unset and has no default, so Compose puts an empty string there and publishes on a random host port (dynamic range); set it in .env or give a default: ${{{variable}}:-8080}.",
            nodePortRange: "NodePort {{port}} ({{class}}) is outside {{range}}, the range kube-apiserver allows by default, so the Service is rejected; pick one in {{range}} or omit nodePort.",
            notAPort: "{{field}} is {{what}}, not a port, so the API server rejects it; write a whole number from 1 to 65535 (system 0–1023, user 1024–49151, dynamic 49152–65535).",
            missingPort: "This ports entry has {{has}} but no {{field}}, which the API server requires; add the port it serves (1–65535: system 0–1023, user 1024–49151, dynamic 49152–65535).",
            invalidPortName: "{{field}} {{value}} is no port name: it {{reason}}; use up to 15 of a–z, 0–9 and single inner hyphens, with a letter, as IANA service names do.",
            invalidServicePortName: "Service port name {{value}} is not a DNS label: it {{reason}}; use up to 63 of a–z, 0–9 and inner hyphens.",
            duplicatePortName: "Port name {{value}} is already used at line {{otherLine}} in {{owner}}, which the API server rejects and a probe or Service would find ambiguous; rename one.",
            missingServicePortName: "Service {{service}} has several ports, so the API server requires each to have a name; name this one after what it serves: http, grpc, metrics.",
            knativeOnePort: "Knative serves one container port per Service and rejects a second, so port {{port}} ({{class}}) beside line {{otherLine}} fails validation; keep one and move the other to its own Service.",
            knativeReservedPort: "Port {{port}} ({{class}}) is taken by Knative's queue-proxy sidecar in the same pod (8012, 8013, 8022, 9090, 9091), so Knative rejects it; serve on another port, such as 8080.",
            knativePortName: "Port {{port}} ({{class}}) is named {{value}}, but Knative reads the name as the protocol and accepts only h2c or http1; name it h2c (HTTP/2, gRPC), http1, or nothing.",
            hostIpWithoutHostPort: "hostIP {{value}} does nothing without a hostPort (the API server warns), so container port {{port}} ({{class}}) stays inside the pod; add a hostPort or remove hostIP.",
            unknownPortName: "{{user}} names port {{value}}, but {{where}} none of that name, so it never connects; declare it or use the number.",
            undeclaredPort: "{{user}} uses port {{port}} ({{class}}), but {{where}} no such port: declare it if something listens there, or fix the number.",
            protocolMismatch: "{{user}} connects over TCP to port {{value}} ({{class}}), but {{where}} it for {{protocol}} only, so it never connects; point it at a TCP port.",
            sshForbidden: "{{subject}} ({{class}}) is SSH's port, and the policy forbids SSH listeners (ssh: forbid), a way in around the orchestrator; use kubectl exec or docker exec instead.",
            hostPortForbidden: "hostPort {{port}} ({{class}}) opens the port on the node itself, and the policy allows {{allowed}}; remove hostPort and reach the pod through a Service.",
            hostNetworkForbidden: "hostNetwork: true makes this pod's ports the node's own (binds below 1024, the system range, need root there), which the policy forbids; remove it and use a Service.",
            serviceTypeForbidden: "type: {{type}} exposes this Service {{how}} (NodePorts {{range}}, user range), which the policy forbids; use ClusterIP behind an Ingress or Gateway.",
            hostIpRequired: "{{subject}} ({{class}}) is published on every interface, past firewalls like ufw; the policy wants a host IP: {{fix}}, or 0.0.0.0 and [::] if public.",
            hostIpRequiredRandom: "Container port {{port}} ({{class}}) is published on a random ephemeral host port on every interface, but the policy wants a host IP; write {{fix}}, or use expose.",
        },
    },
];
/** The scanner's own diagnostic for a file it could not check; not an ESLint rule. */
export const PARSE_ERROR = {
    id: "parse-error",
    description: "A file could not be read or parsed, so its ports were not checked",
    rationale: "A file the scanner cannot read (malformed YAML, binary content, too large, unreadable) is reported rather than silently passed, so a gate never turns green on a file nobody checked.",
    severity: "error",
    messages: {
        parseError: "{{path}} could not be checked: {{reason}}.",
        // YAML 1.2 §3.2.1.1: keys of a mapping are unique. The file is still read, with the later value.
        duplicateKey: "{{key}}: set twice in one mapping (first on line {{firstLine}}), which Compose, kubectl and GitHub Actions refuse; the rest was checked with the later value.",
    },
};
/** An inline `# port-policy-disable…` comment that silenced nothing or names no rule. */
export const UNUSED_DIRECTIVE = {
    id: "unused-disable-directive",
    description: "A port-policy-disable comment that suppresses nothing",
    rationale: "A suppression comment that no longer matches a finding hides nothing today but would silently hide a new problem on that line tomorrow; remove it (ESLint's --report-unused-disable-directives does the same for code). A warning by default, an error with --report-unused-disable-directives.",
    severity: "warn",
    messages: {
        unused: "This {{directive}} comment suppresses no {{rules}} finding; remove it so that it cannot hide a new port problem later.",
        unknownRule: "This {{directive}} comment names {{rule}}, which is not a port-policy rule; use a rule id such as {{suggestion}}, or remove the comment.",
    },
};
/**
 * Rules split from another: the id their findings had before (no-ephemeral-port's were
 * no-dynamic-port's `ephemeral` message before the split, see CHANGELOG). An allowlist entry, a
 * baseline entry or a config-file disable comment written with the old id still matches them.
 */
export const FORMER_RULE_IDS = { "no-ephemeral-port": "no-dynamic-port" };
/** Entries that are the scanner's own diagnostics, not ESLint rules. */
export const DIAGNOSTICS = [PARSE_ERROR, UNUSED_DIRECTIVE];
export const CATALOGUE = ENTRIES;
export const RULE_IDS = ENTRIES.map((entry) => entry.id);
const BY_ID = new Map([...CATALOGUE, ...DIAGNOSTICS].map((entry) => [entry.id, entry]));
export function catalogueEntry(id) {
    return BY_ID.get(id);
}
export function isRuleId(id) {
    return RULE_IDS.includes(id);
}
export function docsUrl(id) {
    return `${DOCS_BASE_URL}${id}.md`;
}
/** Fills `{{name}}` placeholders; unknown names are left as written so a test can spot them. */
export function renderMessage(template, data) {
    const parts = templateParts(template);
    let message = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
        const name = parts[i];
        message += (name in data ? String(data[name]) : `{{${name}}}`) + parts[i + 1];
    }
    return message;
}
const compiled = new Map();
/** A template split once into text and placeholder names, alternating: "a {{x}} b" → ["a ", "x", " b"]. */
function templateParts(template) {
    let parts = compiled.get(template);
    if (!parts)
        compiled.set(template, (parts = template.split(/\{\{(\w+)\}\}/)));
    return parts;
}
