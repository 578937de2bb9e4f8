import { EPHEMERAL_PROFILES } from "../../core/ephemeral.js";
import { PORT_CLASSES, inRange, portClass } from "../../core/port-class.js";
import { deFactoUses, ianaRecords, ianaServiceNames, isFetchBadPort, unauthorizedUse, } from "../../core/registry.js";
import { adviceFor } from "./advice.js";
import { nonRootBind } from "./non-root-bind.js";
const ALL_PROTOCOLS = ["tcp", "udp", "sctp"];
function serviceNamesByProtocol(port, protocols) {
    return Object.fromEntries(protocols.map((protocol) => [protocol, ianaServiceNames(port, protocol)]));
}
export function explainPort(input, port, protocol) {
    const classId = portClass(port);
    const { label, from, to, meaning } = PORT_CLASSES[classId];
    const serviceNames = serviceNamesByProtocol(port, protocol === undefined ? ALL_PROTOCOLS : [protocol]);
    const deFacto = deFactoUses(port, protocol);
    const binds = nonRootBind(port);
    const explanation = {
        input,
        port,
        protocol: protocol ?? null,
        class: { id: classId, label, from, to, meaning },
        iana: ianaRecords(port, protocol),
        serviceNames,
        unauthorizedUse: unauthorizedUse(port, protocol),
        deFacto,
        ephemeral: Object.values(EPHEMERAL_PROFILES)
            .filter((profile) => inRange(port, profile))
            .map(({ id, label: profileLabel, from: first, to: last }) => ({ id, label: profileLabel, from: first, to: last })),
        browser: { refused: isFetchBadPort(port) },
        privileged: binds.some((bind) => !bind.canBind),
        nonRootBind: binds,
    };
    return { ...explanation, advice: adviceFor(explanation) };
}
