// A strict, small XML 1.0 reader for the tests: enough for the documents our junit and checkstyle
// formats write and for the Jenkins JUnit XSD. It rejects what would make a real parser fail —
// unescaped `<` or `&`, unknown entities, characters outside XML's Char production, mismatched or
// unclosed tags, duplicate attributes, `]]>` in text — instead of guessing. No DTDs, no CDATA.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element, entities decoded. */
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes("<")) throw new Error(`unescaped < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new Error(`bare & in ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref] ?? "";
    const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (code === undefined) throw new Error(`unknown entity &${ref}; in ${where}`);
    const char = String.fromCodePoint(ref.startsWith("#x") ? parseInt(code, 16) : parseInt(code, 10));
    if (NOT_XML_CHAR.test(char)) throw new Error(`reference to a non-XML character in ${where}`);
    return char;
  });
}

export function parseXml(xml: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)?.toString(16)} is not allowed in XML`);
  let pos = 0;
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(pos))?.[0].length ?? 0;
      pos += ws;
      if (xml.startsWith("<!--", pos)) {
        const end = xml.indexOf("-->", pos);
        if (end === -1) throw new Error("unclosed comment");
        pos = end + 3;
      } else if (xml.startsWith("<?", pos)) {
        const end = xml.indexOf("?>", pos);
        if (end === -1) throw new Error("unclosed processing instruction");
        pos = end + 2;
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    if (xml[pos] !== "<") throw new Error(`expected < at ${pos}`);
    pos += 1;
    const name = NAME.exec(xml.slice(pos))?.[0];
    if (!name) throw new Error(`bad element name at ${pos}`);
    pos += name.length;
    const element: XmlElement = { name, attributes: {}, children: [], text: "" };
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(pos))?.[0].length ?? 0;
      pos += ws;
      if (xml.startsWith("/>", pos)) {
        pos += 2;
        return element;
      }
      if (xml[pos] === ">") {
        pos += 1;
        break;
      }
      if (ws === 0) throw new Error(`expected whitespace before attribute in <${name}> at ${pos}`);
      const attr = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(pos));
      if (!attr?.[1]) throw new Error(`bad attribute in <${name}> at ${pos}`);
      if (attr[1] in element.attributes) throw new Error(`duplicate attribute ${attr[1]} in <${name}>`);
      const raw = (attr[3] ?? attr[4] ?? "").replace(/[\t\n\r]/g, " "); // XML 1.0 §3.3.3 normalisation
      element.attributes[attr[1]] = decode(raw, `${name}@${attr[1]}`);
      pos += attr[0].length;
    }
    for (;;) {
      const next = xml.indexOf("<", pos);
      if (next === -1) throw new Error(`unclosed <${name}>`);
      const raw = xml.slice(pos, next);
      if (raw.includes("]]>")) throw new Error(`]]> in text of <${name}>`);
      element.text += decode(raw, `text of <${name}>`);
      pos = next;
      if (xml.startsWith("<!--", pos)) {
        skipMisc();
        continue;
      }
      if (xml.startsWith("</", pos)) {
        const close = new RegExp(`^</${name}\\s*>`).exec(xml.slice(pos));
        if (!close) throw new Error(`expected </${name}> at ${pos}`);
        pos += close[0].length;
        return element;
      }
      if (xml.startsWith("<!", pos) || xml.startsWith("<?", pos)) throw new Error(`unsupported markup at ${pos}`);
      element.children.push(readElement());
    }
  };

  skipMisc();
  const root = readElement();
  skipMisc();
  if (pos !== xml.length) throw new Error(`content after the root element at ${pos}`);
  return root;
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);
}
