import { mapGet, seqItems, textOf } from "../yaml-walk.js";
/** A flag whose last word says where the process listens: `--port`, `--metrics-bind-address`, `--listenAddr`. */
const LISTEN_WORD = /^(?:addr|address|port|listen|bind)$/i;
/** Words that make the flag a client's: where it connects, not where it listens (`--db-port`, `--upstream-address`). */
const CLIENT_WORDS = /^(?:db|database|redis|mysql|postgres|postgresql|pg|mongo|mongodb|upstream|remote|target|backend|peer|apiserver|etcd|kafka|broker|smtp|ldap|proxy|server)$/i;
function isListenFlag(flag) {
    if (!flag.startsWith("-"))
        return false;
    const words = flag.replace(/^-+/, "").split(/[-_.]|(?<=[a-z])(?=[A-Z])/);
    return LISTEN_WORD.test(words.at(-1) ?? "") && !words.some((word) => CLIENT_WORDS.test(word));
}
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
        if (value === undefined || !isListenFlag(flag))
            return;
        const port = Number(PORT_AT_END.exec(value)?.[1]);
        if (port >= 1 && port <= 65535)
            ports.push(port);
    });
    return ports;
}
