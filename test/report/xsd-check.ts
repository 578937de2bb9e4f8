// Checks an XML tree against the parts of an XSD that the Jenkins JUnit schema uses: which elements
// exist, which attributes each allows and requires, which children each allows, whether text is
// allowed (mixed or simple content), and pattern-restricted simple types (SUREFIRE_TIME). It does
// not check child order or occurrence counts; the JUnit tests count elements themselves.
import { descendants, type XmlElement } from "./xml-tree.js";

interface ElementRule {
  attributes: Map<string, { required: boolean; pattern?: RegExp }>;
  children: Set<string>;
  text: boolean;
}

function local(name: string | undefined): string {
  return (name ?? "").replace(/^xs:/, "");
}

export function readXsd(xsd: XmlElement): Map<string, ElementRule> {
  const patterns = new Map<string, RegExp>();
  for (const simple of xsd.children.filter((c) => c.name === "xs:simpleType")) {
    const value = descendants(simple, "xs:pattern")[0]?.attributes.value;
    if (value !== undefined && simple.attributes.name) patterns.set(simple.attributes.name, new RegExp(`^(?:${value})$`));
  }
  const named = new Map(xsd.children.filter((c) => c.name === "xs:complexType").map((c) => [c.attributes.name ?? "", c]));
  const rules = new Map<string, ElementRule>();
  for (const element of xsd.children.filter((c) => c.name === "xs:element")) {
    const type = element.attributes.type;
    const complex = element.children.find((c) => c.name === "xs:complexType") ?? (type ? named.get(type) : undefined);
    const rule: ElementRule = { attributes: new Map(), children: new Set(), text: true };
    if (complex) {
      rule.text = complex.attributes.mixed === "true";
      for (const attr of descendants(complex, "xs:attribute")) {
        const pattern = patterns.get(local(attr.attributes.type));
        rule.attributes.set(attr.attributes.name ?? "", { required: attr.attributes.use === "required", ...(pattern ? { pattern } : {}) });
      }
      for (const child of descendants(complex, "xs:element")) rule.children.add(child.attributes.ref ?? child.attributes.name ?? "");
    } else if (local(type) !== "string") {
      throw new Error(`element ${element.attributes.name} has a type this checker does not know: ${type}`);
    }
    rules.set(element.attributes.name ?? "", rule);
  }
  return rules;
}

export function checkAgainstXsd(element: XmlElement, rules: Map<string, ElementRule>, path = ""): string[] {
  const here = `${path}/${element.name}`;
  const rule = rules.get(element.name);
  if (!rule) return [`${here}: element not declared in the XSD`];
  const errors: string[] = [];
  for (const [name, value] of Object.entries(element.attributes)) {
    const attr = rule.attributes.get(name);
    if (!attr) errors.push(`${here}: attribute ${name} not allowed`);
    else if (attr.pattern && !attr.pattern.test(value)) errors.push(`${here}: ${name}="${value}" does not match ${attr.pattern}`);
  }
  for (const [name, attr] of rule.attributes) {
    if (attr.required && !(name in element.attributes)) errors.push(`${here}: required attribute ${name} missing`);
  }
  if (!rule.text && element.text.trim() !== "") errors.push(`${here}: text not allowed`);
  for (const child of element.children) {
    if (!rule.children.has(child.name)) errors.push(`${here}: child <${child.name}> not allowed`);
    errors.push(...checkAgainstXsd(child, rules, here));
  }
  return errors;
}
