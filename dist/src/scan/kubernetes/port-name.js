// Kubernetes name rules for ports, as the API server applies them (kubernetes/apimachinery
// pkg/util/validation/validation.go): a container port's `name`, a named `targetPort` and a probe's
// named port are IANA_SVC_NAMEs (IsValidPortName: RFC 6335 §5.1 service-name syntax); a Service
// port's own `name` is a DNS-1123 label (pkg/apis/core/validation validateServicePort). Each returns
// the first rule broken, worded to follow "it …", or undefined for a valid name.
const MAX_PORT_NAME = 15;
const MAX_DNS_LABEL = 63;
export function portNameProblem(name) {
    if (name.length > MAX_PORT_NAME)
        return `has ${name.length} characters, more than ${MAX_PORT_NAME}`;
    if (!/^[-a-z0-9]+$/.test(name))
        return "may hold only a–z, 0–9 and hyphens";
    if (!/[a-z]/.test(name))
        return "has no letter";
    if (name.startsWith("-") || name.endsWith("-"))
        return "begins or ends with a hyphen";
    if (name.includes("--"))
        return "has two hyphens in a row";
    return undefined;
}
export function dnsLabelProblem(name) {
    if (name.length > MAX_DNS_LABEL)
        return `has ${name.length} characters, more than ${MAX_DNS_LABEL}`;
    if (!/^[-a-z0-9]+$/.test(name))
        return "may hold only a–z, 0–9 and hyphens";
    if (name.startsWith("-") || name.endsWith("-"))
        return "begins or ends with a hyphen";
    return undefined;
}
