// Text for XML (junit, checkstyle) and for HTML-capable Markdown (the GitHub step summary).
// XML 1.0 §2.2 allows only #x9, #xA, #xD, #x20–#xD7FF, #xE000–#xFFFD and #x10000–#x10FFFF; any
// other code point (control characters, lone surrogates) makes the whole document unparsable, so
// it is dropped rather than escaped (character references to them are not allowed either).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&apos;",
};
export function escapeXmlText(text) {
    return text.replace(NOT_XML_CHAR, "").replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}
/**
 * For a quoted attribute value. Tabs and line breaks are written as character references, because
 * attribute-value normalisation (XML 1.0 §3.3.3) would otherwise turn each of them into a space.
 */
export function escapeXmlAttribute(text) {
    return text
        .replace(NOT_XML_CHAR, "")
        .replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
        .replace(/\t/g, "&#9;")
        .replace(/\n/g, "&#10;")
        .replace(/\r/g, "&#13;");
}
