/**
 * Inline content → Spans: <b>, <i>, <a href [title]>, <span lang> and <t key> (which text of the
 * text file the words are, see `Block.keys`) nest; white space collapses as in HTML,
 * and is trimmed at the start and end of the block. U+00A0 (no-break space) is kept.
 */
import type { Span } from './Block.js';
import type { MarkupProblem } from './MarkupError.js';
import { markupMessages as msg } from './messages.js';
import type { XmlElement } from './xmlTree.js';

interface Style {
  bold?: boolean;
  italic?: boolean;
  href?: string;
  title?: string;
  lang?: string;
}

const HREF = /^(https:\/\/|mailto:|tel:\+?[0-9]+$)/;
/** A BCP 47 language tag as the markup uses them: `en`, `sl`, `en-GB`. */
const LANG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export function inlineSpans(el: XmlElement, problems: MarkupProblem[]): Span[] {
  const spans: Span[] = [];
  collect(el, {}, spans, problems);
  return trimSpans(spans);
}

function collect(el: XmlElement, style: Style, out: Span[], problems: MarkupProblem[]): void {
  for (const child of el.children) {
    if (child.type === 'text') {
      const text = child.text.replace(/[ \t\r\n]+/g, ' ');
      const last = out[out.length - 1];
      // Drop a space that would double the one ending the previous run.
      const clean = last && last.text.endsWith(' ') ? text.replace(/^ /, '') : text;
      if (clean) out.push({ text: clean, ...style });
      continue;
    }
    switch (child.name) {
      case 'b':
        collect(child, { ...style, bold: true }, out, problems);
        break;
      case 'i':
        collect(child, { ...style, italic: true }, out, problems);
        break;
      case 'a': {
        const href = child.attrs.href;
        if (!href || !HREF.test(href)) problems.push({ line: child.line, message: msg.badAttr('a', 'href', href ?? '', 'an https:, mailto: or tel: link') });
        const title = child.attrs.title;
        collect(child, { ...style, href, ...(title !== undefined && { title }) }, out, problems);
        break;
      }
      case 't':
        collect(child, style, out, problems);
        break;
      case 'span': {
        const lang = child.attrs.lang;
        if (!lang || !LANG.test(lang)) problems.push({ line: child.line, message: msg.badAttr('span', 'lang', lang ?? '', 'a language tag such as en or sl') });
        collect(child, { ...style, ...(lang && { lang }) }, out, problems);
        break;
      }
      default:
        problems.push({ line: child.line, message: msg.notAllowed(child.name, el.name) });
    }
  }
}

function trimSpans(spans: Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  if (out[0]) out[0].text = out[0].text.replace(/^ /, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/ $/, '');
  return out.filter((s) => s.text.length > 0);
}
