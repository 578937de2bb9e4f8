// IP literals as Go's net.ParseIP accepts them (what go-connections checks a host IP with):
// dotted IPv4 without leading zeros (Go ≥ 1.17), IPv6 with at most one "::" and an optional
// trailing IPv4; no zone ids ("fe80::1%eth0" is refused), no host names.
export function isIpAddress(text) {
    return isIpv4(text) || isIpv6(text);
}
function isIpv4(text) {
    const parts = text.split(".");
    return parts.length === 4 && parts.every((part) => /^(?:0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}
function isIpv6(text) {
    if (!text.includes(":"))
        return false;
    const halves = text.split("::");
    if (halves.length > 2)
        return false;
    const groups = (half) => (half === "" ? [] : half.split(":"));
    const head = groups(halves[0] ?? "");
    const tail = halves.length === 2 ? groups(halves[1] ?? "") : [];
    const all = [...head, ...tail];
    let width = 0;
    for (const [i, group] of all.entries()) {
        if (i === all.length - 1 && group.includes(".")) {
            if (!isIpv4(group))
                return false;
            width += 2;
        }
        else if (/^[0-9a-fA-F]{1,4}$/.test(group)) {
            width += 1;
        }
        else {
            return false;
        }
    }
    return halves.length === 2 ? width < 8 : width === 8;
}
