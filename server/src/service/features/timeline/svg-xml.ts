// XML for the SVG renderer: text and attribute values escaped, characters XML 1.0 forbids (control
// characters, lone surrogates, U+FFFE/U+FFFF) replaced so a plan's titles can never break the file.

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 does not allow
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// fast tests first: most titles and every number need neither replacing nor escaping
// eslint-disable-next-line no-control-regex -- a first look for the characters NOT_XML replaces
const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const SPECIAL = /[&<>"']/;

/** Text or an attribute value, safe inside an element or between double quotes. */
export function escapeXml(text: string): string {
  const xml = MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '\ufffd') : text;
  // string replacements, not a callback per character: the faster path in V8 (`&` first)
  return SPECIAL.test(xml)
    ? xml.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    : xml;
}

export type Attributes = Record<string, string | number | undefined>;

/** ` name="value"` for each defined attribute; numbers rounded to 2 decimals so the file stays small. */
export function attributes(attrs: Attributes): string {
  let out = '';
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? round(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element: self-closing without children, else with its children (already XML) inside. */
export function element(name: string, attrs: Attributes, ...children: string[]): string {
  return children.length ? `<${name}${attributes(attrs)}>${children.join('')}</${name}>` : `<${name}${attributes(attrs)}/>`;
}

/** A text-only element, its text escaped. */
export const textElement = (name: string, attrs: Attributes, text: string): string => `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;

export const round = (n: number): number => Math.round(n * 100) / 100;
