/**
 * The markup as a plain element tree, via saxes (a conforming XML parser): elements with
 * attributes and the line they start on, and text nodes. Malformed XML is a MarkupError
 * naming the line.
 */
import { SaxesParser } from 'saxes';
import { MarkupError } from './MarkupError.js';

export interface XmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  line: number;
  children: XmlNode[];
}

export interface XmlText {
  type: 'text';
  text: string;
}

export type XmlNode = XmlElement | XmlText;

export function xmlTree(markup: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const root: XmlElement = { type: 'element', name: '#root', attrs: {}, line: 1, children: [] };
  const stack: XmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  parser.on('opentag', (tag) => {
    const el: XmlElement = { type: 'element', name: tag.name, attrs: tag.attributes as Record<string, string>, line: parser.line, children: [] };
    top().children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => top().children.push({ type: 'text', text }));
  parser.on('error', (err) => {
    throw new MarkupError([{ line: parser.line, message: err.message.replace(/^\d+:\d+:\s*/, '') }]);
  });
  parser.write(markup).close();
  const [document] = root.children.filter((c): c is XmlElement => c.type === 'element');
  if (!document) throw new MarkupError([{ line: 1, message: 'the markup has no root element' }]);
  return document;
}
