// What `Number(s)`, unary `+s`, `parseInt(s, radix)` and `parseFloat(s)` give for a string, as
// ECMAScript defines them (§7.1.4.1.1 StringToNumber, §19.2.5 parseInt), with the span of the
// characters that made the number, so a finding can underline exactly them:
// `parseInt("1f90", 16)` is 8080, `parseInt("50015", 16)` is 327701 (not a port),
// `Number("0x1f90")` is 8080, `parseInt("3000px", 10)` is 3000. NaN is `undefined`.
/** ECMAScript's WhiteSpace and LineTerminator, which all three conversions skip. */
const SPACE = /^[\s\uFEFF]*/;
const TRAILING_SPACE = /[\s\uFEFF]*$/;
export function convertText(text, conversion) {
    switch (conversion.kind) {
        case "Number":
            return stringToNumber(text);
        case "parseInt":
            return parseIntOf(text, conversion.radix);
        case "parseFloat":
            return parseFloatOf(text);
    }
}
function stringToNumber(text) {
    const start = SPACE.exec(text)?.[0].length ?? 0;
    const end = text.length - (TRAILING_SPACE.exec(text.slice(start))?.[0].length ?? 0);
    const body = text.slice(start, end);
    if (body === "")
        return { value: 0, span: [start, start] };
    const numeric = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Infinity)$/.test(body) || /^0(?:[xX][\da-fA-F]+|[oO][0-7]+|[bB][01]+)$/.test(body);
    return numeric ? { value: Number(body), span: [start, end] } : undefined;
}
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
function parseIntOf(text, radix) {
    let index = SPACE.exec(text)?.[0].length ?? 0;
    const begin = index;
    let sign = 1;
    if (text[index] === "-" || text[index] === "+") {
        if (text[index] === "-")
            sign = -1;
        index += 1;
    }
    // ToInt32(radix); 0 or absent means 10, unless the string starts with 0x.
    let base = radix === undefined ? 0 : Math.trunc(radix) | 0;
    const hexPrefix = /^0[xX]/.test(text.slice(index));
    if (base === 0)
        base = hexPrefix ? 16 : 10;
    else if (base < 2 || base > 36)
        return undefined;
    if (base === 16 && hexPrefix)
        index += 2;
    const digitsFrom = index;
    while (index < text.length && isDigitIn(text[index], base))
        index += 1;
    if (index === digitsFrom)
        return undefined;
    return { value: sign * Number.parseInt(text.slice(digitsFrom, index), base), span: [begin, index] };
}
function isDigitIn(char, base) {
    const value = DIGITS.indexOf(char.toLowerCase());
    return value !== -1 && value < base;
}
function parseFloatOf(text) {
    const start = SPACE.exec(text)?.[0].length ?? 0;
    const match = /^[+-]?(?:Infinity|\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(text.slice(start));
    return match ? { value: Number(match[0]), span: [start, start + match[0].length] } : undefined;
}
