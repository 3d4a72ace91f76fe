// A strict little XML reader for the tests of the SVG chart: it throws on anything a real XML parser
// refuses (unclosed or crossed tags, a raw `<` or `&`, an unknown entity, a duplicate attribute,
// characters XML 1.0 forbids), and gives back the element tree with its text unescaped.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** the element's own text (not its children's), unescaped */
  text: string;
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' };

function unescape(raw: string, at: number): string {
  if (raw.includes('<')) throw new Error(`raw < at ${at}`);
  return raw.replace(/&([^;]*);|&/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new Error(`raw & at ${at}`);
    if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
    if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (!(name in ENTITIES)) throw new Error(`unknown entity ${whole} at ${at}`);
    return ENTITIES[name];
  });
}

export function parseXml(xml: string): XmlElement {
  const bad = FORBIDDEN.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].charCodeAt(0).toString(16)} is not allowed in XML`);
  let i = 0;
  const skipMisc = () => {
    for (;;) {
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
      else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3;
      else return;
    }
  };
  const name = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) throw new Error(`a name expected at ${i}`);
    i += m[0].length;
    return m[0];
  };
  const element = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`< expected at ${i}`);
    i++;
    const node: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const spaced = /\s/.test(xml[i]);
      while (/\s/.test(xml[i] ?? '')) i++;
      if (xml.startsWith('/>', i)) { i += 2; return node; }
      if (xml[i] === '>') { i++; break; }
      if (!spaced) throw new Error(`space expected before an attribute at ${i}`);
      const attr = name();
      if (attr in node.attrs) throw new Error(`duplicate attribute ${attr} at ${i}`);
      const quote = xml.slice(i, i + 2);
      if (quote !== '="' && quote !== '=\'') throw new Error(`=" expected at ${i}`);
      const end = xml.indexOf(quote[1], i + 2);
      if (end < 0) throw new Error('unclosed attribute');
      node.attrs[attr] = unescape(xml.slice(i + 2, end), i);
      i = end + 1;
    }
    for (;;) {
      const next = xml.indexOf('<', i);
      if (next < 0) throw new Error(`<${node.name}> is never closed`);
      node.text += unescape(xml.slice(i, next), i);
      i = next;
      if (xml.startsWith('<!--', i)) { i = xml.indexOf('-->', i) + 3; continue; }
      if (xml.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== node.name) throw new Error(`</${closing}> closes <${node.name}> at ${i}`);
        while (/\s/.test(xml[i] ?? '')) i++;
        if (xml[i++] !== '>') throw new Error(`> expected at ${i}`);
        return node;
      }
      node.children.push(element());
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i < xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

/** Every element under `root` (itself included), in document order. */
export function descendants(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    out.push(node);
    node.children.forEach(walk);
  };
  walk(root);
  return out;
}

export const hasClass = (node: XmlElement, name: string) => (node.attrs.class ?? '').split(/\s+/).includes(name);

/** The text of an element and of everything inside it. */
export const allText = (node: XmlElement): string => node.text + node.children.map(allText).join('');
