export declare function escapeXmlText(text: string): string;
/**
 * For a quoted attribute value. Tabs and line breaks are written as character references, because
 * attribute-value normalisation (XML 1.0 §3.3.3) would otherwise turn each of them into a space.
 */
export declare function escapeXmlAttribute(text: string): string;
