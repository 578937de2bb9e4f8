import { makeFinding } from "../../core/make-finding.js";
import { describeClass, isValidPort } from "../../core/port-class.js";
import { readExpose } from "./expose.js";
import { readStages } from "./stages.js";
/** The stages the one at `last` is built on, first to last. */
function chain(stages, last) {
    const result = [];
    let index = last;
    while (index >= 0) {
        const stage = stages[index];
        result.unshift(stage);
        const from = stage.from?.toLowerCase();
        // A stage can only be built on an earlier one.
        index = from === undefined ? -1 : stages.slice(0, index).findLastIndex((earlier) => earlier.name === from);
    }
    return result;
}
/**
 * `USER 0`, `USER root:root` are root; another name or uid is not; no USER leaves the base
 * image's, which the file does not show (root for `scratch`, which has no users).
 */
function userKind(user, first) {
    if (!user)
        return first?.from?.toLowerCase() === "scratch" ? "root" : "unknown";
    const name = user.value?.split(":")[0]?.trim();
    if (!name)
        return "unknown";
    return name === "root" || /^0+$/.test(name) ? "root" : "non-root";
}
function baseImageOf(first) {
    const from = first?.from;
    return from === undefined || from.toLowerCase() === "scratch" ? undefined : from;
}
function readImage(file, findings) {
    const stages = readStages(file);
    const exposedIn = new Map();
    for (const stage of stages) {
        const ports = [];
        for (const { token, variables } of stage.exposes) {
            const read = readExpose(token, variables, file);
            if (read && "finding" in read)
                findings.push(read.finding);
            else if (read)
                ports.push(read.port);
        }
        exposedIn.set(stage, ports);
    }
    const imageAt = (last) => {
        const image = chain(stages, last);
        const baseImage = baseImageOf(image[0]);
        const user = [...image].reverse().find((stage) => stage.user)?.user;
        // In file order, which is the order the image inherits them in: a stage follows those it is built on.
        const exposed = image.flatMap((stage) => exposedIn.get(stage) ?? []);
        return { path: file.path, ...(baseImage ? { baseImage } : {}), user: userKind(user, image[0]), exposed };
    };
    const targets = new Map();
    for (const [index, stage] of stages.entries())
        if (stage.name !== undefined && !targets.has(stage.name))
            targets.set(stage.name, imageAt(index));
    return { ...imageAt(stages.length - 1), targets };
}
/** The same port and protocol exposed twice in one image: Docker keeps one, the repeat is noise. */
function repeats(image) {
    const seen = new Map();
    const findings = [];
    for (const port of image.exposed) {
        const key = `${port.port}-${port.endPort ?? port.port}/${port.protocol}`;
        const first = seen.get(key);
        if (first === undefined) {
            seen.set(key, port.origin.line);
            continue;
        }
        const data = { subject: `Port ${port.port}`, protocol: port.protocol, owner: "this image", otherLine: first, ...(isValidPort(port.port) ? { class: describeClass(port.port) } : {}) };
        findings.push(makeFinding("no-duplicate-port", "declaredTwice", data, port.origin, { port: port.port, protocol: port.protocol, source: "dockerfile", severity: "warning" }));
    }
    return findings;
}
/** An image's EXPOSE ports as listeners, with the identity and privilege given. */
export function exposedListeners(image, identity, privilege, source, scope) {
    return image.exposed.map((port) => {
        const listener = {
            port: port.port,
            protocol: port.protocol,
            role: "container",
            source,
            identity: port.buildArg ? { ...identity, envKey: port.buildArg } : identity,
            privilege,
            origin: port.origin,
        };
        if (port.endPort !== undefined)
            listener.endPort = port.endPort;
        if (scope !== undefined)
            listener.scope = scope;
        return listener;
    });
}
export function dockerfileScan() {
    const images = new Map();
    const findings = [];
    return {
        images,
        add(file) {
            const image = readImage(file, findings);
            findings.push(...repeats(image));
            images.set(file.absolute ?? file.path, image);
        },
        finish(linked) {
            const result = { listeners: [], findings };
            for (const [key, image] of images) {
                if (linked.has(key))
                    continue;
                const privilege = { user: image.user, capAdd: [], network: "own" };
                // No scope: one image exposing a port twice is one socket (reported as a repeat above).
                result.listeners.push(...exposedListeners(image, image.baseImage ? { image: image.baseImage } : {}, privilege, "dockerfile"));
            }
            images.clear();
            return result;
        },
    };
}
