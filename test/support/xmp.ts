/**
 * The XMP packet of a PDF, parsed as XML with namespaces (saxes): a parse error throws, so
 * a test that reads the packet fails on invalid XML.
 */
import * as mupdf from 'mupdf';
import { SaxesParser } from 'saxes';

export interface XmlNode {
  uri: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text directly inside the element. */
  text: string;
}

export function xmpOf(bytes: Uint8Array): string {
  const doc = new mupdf.PDFDocument(new Uint8Array(bytes));
  return doc.getTrailer().get('Root', 'Metadata').readStream().asString();
}

export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { uri: '', local: '#root', attrs: {}, children: [], text: '' };
  const open: XmlNode[] = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attrs = Object.fromEntries(Object.values(tag.attributes).map((a) => [`${a.uri} ${a.local}`, a.value]));
    const node: XmlNode = { uri: tag.uri, local: tag.local, attrs, children: [], text: '' };
    open[open.length - 1]!.children.push(node);
    open.push(node);
  });
  parser.on('text', (t) => (open[open.length - 1]!.text += t));
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return root;
}

/** Every element named `local` in namespace `uri`, in document order. */
export function findAll(node: XmlNode, uri: string, local: string): XmlNode[] {
  const own = node.uri === uri && node.local === local ? [node] : [];
  return [...own, ...node.children.flatMap((c) => findAll(c, uri, local))];
}

/** The text of the single element `local` (trimmed), or of its only rdf:li (Alt, Seq, Bag). */
export function valueOf(root: XmlNode, uri: string, local: string): string[] {
  return findAll(root, uri, local).map((n) => {
    const items = findAll(n, NS.rdf, 'li');
    return (items.length > 0 ? items.map((i) => i.text.trim()).join('|') : n.text).trim();
  });
}

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
  pdfaExtension: 'http://www.aiim.org/pdfa/ns/extension/',
  pdfaSchema: 'http://www.aiim.org/pdfa/ns/schema#',
  pdfaProperty: 'http://www.aiim.org/pdfa/ns/property#',
};
