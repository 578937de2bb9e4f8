import { mapGet, seqItems, textOf } from "../yaml-walk.js";
/** A flag whose value is where the process listens: …-address, …-addr, …port, …-listen, …-bind. */
const LISTEN_FLAG = /^--?[\w.-]*(?:addr|address|port|listen|bind)$/i;
/** The port at the end of a value: `:8443`, `0.0.0.0:8081`, `[::]:9090`, `9090`. */
const PORT_AT_END = /^(?:.*:)?(\d{1,5})$/;
export function portsInArgs(container, ydoc) {
    const words = ["command", "args"].flatMap((field) => seqItems(mapGet(container, field, ydoc), ydoc).map((item) => textOf(item, ydoc)));
    const ports = [];
    words.forEach((word, index) => {
        if (word === undefined)
            return;
        const equals = word.indexOf("=");
        const [flag, value] = equals === -1 ? [word, words[index + 1]] : [word.slice(0, equals), word.slice(equals + 1)];
        if (value === undefined || !LISTEN_FLAG.test(flag))
            return;
        const port = Number(PORT_AT_END.exec(value)?.[1]);
        if (port >= 1 && port <= 65535)
            ports.push(port);
    });
    return ports;
}
