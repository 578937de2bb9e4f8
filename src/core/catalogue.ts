// The rule catalogue: one list that ESLint `meta`, SARIF `rules[]`, the docs and the scanner read.
// Each message template teaches the port's class in one sentence and says what to do instead.
// Placeholders: {{subject}} is "Port 8080" or "Fallback port 8080 (used when PORT is unset)";
// {{class}} is the RFC 6335 class with its range, from describeClass().

/** The ESLint plugin namespace (rule ids `port-policy/<id>`) and the `settings` key of its policy. */
export const NAMESPACE = "port-policy";

export const DOCS_BASE_URL = "https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/";

export type RuleSeverity = "error" | "warn" | "off";

export interface CatalogueEntry {
  id: string;
  /** One line, for ESLint `meta.docs.description`, SARIF `shortDescription` and the README table. */
  description: string;
  /** What the rule flags and why, for SARIF `fullDescription` and the doc pages. */
  rationale: string;
  /** Severity in the `recommended` preset. */
  severity: Exclude<RuleSeverity, "off">;
  /** GitHub code scanning `security-severity` (0.0–10.0), where the rule has a security angle. */
  securitySeverity?: number;
  messages: Readonly<Record<string, string>>;
}

const ENTRIES = [
  {
    id: "no-dynamic-port",
    description: "Disallow fixed listeners in the dynamic (ephemeral) port range",
    rationale:
      "RFC 6335 reserves 49152–65535 as the dynamic range: it is never assigned to a service and operating systems hand these ports out as the local end of outgoing connections, so a server fixed there fails intermittently with EADDRINUSE. Linux draws from 32768–60999 by default, which is reported as a warning.",
    severity: "error",
    messages: {
      dynamic:
        "{{subject}} is in the dynamic range (49152–65535) that operating systems hand out for outgoing connections; a server fixed there can collide with them. Pick a port in 1024–49151 that no other service uses.",
      ephemeral:
        "{{subject}} is in the {{class}} but inside {{profile}}'s ephemeral range ({{range}}), which {{profile}} hands out for outgoing connections, so the port can already be taken when the server starts. Pick a port in 1024–{{below}} that no other service uses, or reserve it with {{reserve}}.",
    },
  },
  {
    id: "no-privileged-port",
    description: "Disallow binds below 1024 by processes that are not root",
    rationale:
      "Ports 0–1023 are the system (well-known) range. On Linux a process needs root or CAP_NET_BIND_SERVICE to bind below net.ipv4.ip_unprivileged_port_start (1024 by default); Docker 20.10+ and containerd 2.0+ lower that to 0 inside a container's own network namespace, CRI-O, containerd 1.x, OpenShift and host networking do not.",
    severity: "error",
    securitySeverity: 4.0,
    messages: {
      privileged:
        "{{subject}} is in the system range (0–1023), which needs root to bind, and {{reason}}, so the bind fails with EACCES. Listen on 1024 or above (for example {{suggestion}}) and map or publish that port instead.",
    },
  },
  {
    id: "no-registered-port-misuse",
    description: "Disallow listeners on a port registered to a different, well-known service",
    rationale:
      "IANA registers system and user ports to named services. A listener on another service's registered port (an HTTP app on PostgreSQL's 5432) confuses clients, firewall rules, monitoring and people, and collides when the real service is added.",
    severity: "error",
    messages: {
      registered:
        "{{subject}} is in the {{class}} and is registered to {{owner}}, but {{identity}} listens there; clients, firewalls and people expecting {{owner}} will reach the wrong service. Move {{identity}} to {{advice}}.",
      orgRegistered:
        "{{subject}} is owned by {{owner}} in your organisation's port registry, but {{identity}} listens there. Move {{identity}} to a port the registry gives it, or register this use.",
      deFacto:
        "{{subject}} is in the {{class}} and is the well-known default of {{owner}} (not an IANA registration), but {{identity}} listens there; it will collide when {{owner}} runs beside it. Move {{identity}} to {{advice}}.",
    },
  },
  {
    id: "no-duplicate-port",
    description: "Disallow two listeners on the same port and protocol in one scope",
    rationale:
      "Only one socket can bind a port and protocol in a network namespace (one host, one pod, one compose project's published ports). The second listener fails to start, or one of two services silently wins.",
    severity: "error",
    messages: {
      duplicate:
        "{{subject}} ({{protocol}}, {{class}}) is already used by {{other}} at line {{otherLine}} in the same {{scope}}; only one listener can bind a port, so one of them will fail to start. Give one of them another port.",
    },
  },
  {
    id: "no-browser-unsafe-port",
    description: "Disallow HTTP listeners on ports that browsers refuse (Fetch bad ports)",
    rationale:
      "The WHATWG Fetch standard lists 'bad ports' (those of SMTP, IRC, X11, SIP and others) that browsers refuse to connect to over HTTP(S), failing with ERR_UNSAFE_PORT, to stop cross-protocol attacks. An HTTP server there cannot be opened in a browser.",
    severity: "error",
    messages: {
      unsafe:
        "{{subject}}, in the {{class}}, is on the Fetch standard's bad-port list ({{owner}}), so browsers refuse HTTP(S) to it with ERR_UNSAFE_PORT. Serve HTTP on another port in 1024–49151, such as 8080.",
    },
  },
  {
    id: "valid-port",
    description: "Require port values to be valid: 0–65535, well-formed, resolvable, NodePorts in range",
    rationale:
      "A port is a whole number from 0 to 65535. A value outside that, a malformed port spec, a variable that is not set, or a NodePort outside the API server's range is rejected at deploy time or silently means something else.",
    severity: "error",
    messages: {
      outOfRange:
        "{{value}} is not a port: ports are whole numbers from 0 to 65535 (system 0–1023, user 1024–49151, dynamic 49152–65535). Use a port in 1024–49151.",
      malformed:
        "{{value}} is not a valid port spec: {{reason}}. Write a port from the user range (1024–49151) such as 8080, or HOST:CONTAINER such as 8080:80.",
      unquotedBase60:
        '{{value}} is an unquoted HOST:CONTAINER pair with a container port below 60 (system range 0–1023), which YAML 1.1 parsers such as older Docker Compose read as a base-60 number instead of two ports. Quote it as "{{value}}", as the Compose documentation advises.',
      unresolved:
        "{{value}} uses the variable {{variable}}, which is not set and has no default, so the port cannot be known or checked against the system, user and dynamic ranges. Set {{variable}} in the .env file next to it or give a default: ${{{variable}}:-8080}.",
      nodePortRange:
        "NodePort {{port}} ({{class}}) is outside the NodePort range {{range}} that kube-apiserver allows by default (--service-node-port-range), so the API server rejects the Service. Pick a port in {{range}} or leave nodePort out to get one assigned.",
    },
  },
] as const satisfies readonly CatalogueEntry[];

/** The scanner's own diagnostic for a file it could not check; not an ESLint rule. */
export const PARSE_ERROR: CatalogueEntry = {
  id: "parse-error",
  description: "A file could not be read or parsed, so its ports were not checked",
  rationale:
    "A file the scanner cannot read (malformed YAML, binary content, too large, unreadable) is reported rather than silently passed, so a gate never turns green on a file nobody checked.",
  severity: "error",
  messages: { parseError: "{{path}} could not be checked: {{reason}}." },
};

/** An inline `# port-policy-disable…` comment that silenced nothing or names no rule. */
export const UNUSED_DIRECTIVE: CatalogueEntry = {
  id: "unused-disable-directive",
  description: "A port-policy-disable comment that suppresses nothing",
  rationale:
    "A suppression comment that no longer matches a finding hides nothing today but would silently hide a new problem on that line tomorrow; remove it (ESLint's --report-unused-disable-directives does the same for code). A warning by default, an error with --report-unused-disable-directives.",
  severity: "warn",
  messages: {
    unused: "This {{directive}} comment suppresses no {{rules}} finding; remove it so that it cannot hide a new port problem later.",
    unknownRule: "This {{directive}} comment names {{rule}}, which is not a port-policy rule; use one of {{known}}.",
  },
};

/** Entries that are the scanner's own diagnostics, not ESLint rules. */
export const DIAGNOSTICS: readonly CatalogueEntry[] = [PARSE_ERROR, UNUSED_DIRECTIVE];

export type RuleId = (typeof ENTRIES)[number]["id"];

export const CATALOGUE: readonly CatalogueEntry[] = ENTRIES;

export const RULE_IDS: readonly RuleId[] = ENTRIES.map((entry) => entry.id);

const BY_ID = new Map<string, CatalogueEntry>([...CATALOGUE, ...DIAGNOSTICS].map((entry) => [entry.id, entry]));

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return BY_ID.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/** Fills `{{name}}` placeholders; unknown names are left as written so a test can spot them. */
export function renderMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  const parts = templateParts(template);
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    message += (name in data ? String(data[name]) : `{{${name}}}`) + parts[i + 1]!;
  }
  return message;
}

const compiled = new Map<string, readonly string[]>();

/** A template split once into text and placeholder names, alternating: "a {{x}} b" → ["a ", "x", " b"]. */
function templateParts(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{\{(\w+)\}\}/)));
  return parts;
}
