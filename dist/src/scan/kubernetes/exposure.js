// The policy's Kubernetes exposure switches (policy.kubernetes), each a valid-port finding on the
// token that opens the port: a hostPort outside the allowed list (Polaris hostPortSet, Checkov
// CKV_K8S_26, Trivy KSV024), `hostNetwork: true` (Polaris hostNetworkSet, kube-linter
// host-network, Checkov CKV_K8S_19), a forbidden Service type (kube-linter exposed-services,
// kube-score service-type). All off in `recommended`.
import { isScalar } from "yaml";
import { formatRange, inRange } from "../../core/port-class.js";
import { kubernetesFinding } from "./findings.js";
import { scalarSpan } from "../yaml.js";
function allowedText(allowed) {
    return allowed.length === 0 ? "no host ports" : `only host ports ${allowed.map(formatRange).join(", ")}`;
}
export function hostPortFinding(port, span, file, policy) {
    const allowed = policy.kubernetes.allowedHostPorts;
    if (allowed === "any" || allowed.some((range) => inRange(port, range)))
        return undefined;
    return kubernetesFinding(file, span, "valid-port", "hostPortForbidden", { allowed: allowedText(allowed) }, { port });
}
export function hostNetworkFinding(template, file, policy) {
    const field = template.hostNetworkField;
    if (policy.kubernetes.hostNetwork !== "forbid" || !template.hostNetwork || !field || !isScalar(field.value))
        return undefined;
    return kubernetesFinding(file, scalarSpan(field.value, file.text), "valid-port", "hostNetworkForbidden", {});
}
const HOW = {
    NodePort: "on a port of every node",
    LoadBalancer: "through a load balancer and node ports",
};
export function serviceTypeFinding(type, span, file, policy) {
    const forbidden = policy.kubernetes.forbiddenServiceTypes.find((candidate) => candidate === type);
    if (!forbidden)
        return undefined;
    return kubernetesFinding(file, span, "valid-port", "serviceTypeForbidden", { type: forbidden, how: HOW[forbidden], range: formatRange(policy.nodePortRange) });
}
