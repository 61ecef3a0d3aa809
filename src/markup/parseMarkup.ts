/**
 * Stage 6, parse: layout markup → BlockTree. Checks every element against what it may
 * contain and collects all problems, each naming its markup line.
 */
import type { Align, Block, BlockTree, ParagraphStyle, TableBlock, TableCell, TableRow } from './Block.js';
import { MarkupError, type MarkupProblem } from './MarkupError.js';
import { inlineSpans } from './inline.js';
import { markupMessages as msg } from './messages.js';
import { xmlTree, type XmlElement } from './xmlTree.js';

const STYLES: readonly ParagraphStyle[] = ['body', 'lead', 'statement', 'note', 'source', 'small'];
const ALIGNS: readonly Align[] = ['left', 'right', 'center'];

export function parseMarkup(markup: string): BlockTree {
  const root = xmlTree(markup);
  const problems: MarkupProblem[] = [];
  if (root.name !== 'document') problems.push({ line: root.line, message: msg.badRoot(root.name) });
  for (const attr of ['title', 'lang']) {
    if (!root.attrs[attr]) problems.push({ line: root.line, message: msg.missingAttr('document', attr) });
  }
  const blocks = blockList(root, problems);
  if (problems.length > 0) throw new MarkupError(problems);
  return { title: root.attrs.title!, lang: root.attrs.lang!, blocks };
}

/** Child elements of a container; text other than white space is a problem. */
function elements(el: XmlElement, problems: MarkupProblem[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.type === 'element') out.push(c);
    else if (c.text.trim()) problems.push({ line: el.line, message: msg.textNotAllowed(el.name) });
  }
  return out;
}

function blockList(el: XmlElement, problems: MarkupProblem[]): Block[] {
  return elements(el, problems).flatMap((c) => {
    const block = toBlock(c, el.name, problems);
    if (!block) return [];
    const keys = 'children' in block ? [] : textKeys(c);
    return [keys.length > 0 ? { ...block, keys } : block];
  });
}

/** The `key` of every `<t>` inside the element, each once, in order. */
function textKeys(el: XmlElement): string[] {
  const keys = new Set<string>();
  const walk = (e: XmlElement) => {
    if (e.name === 't' && e.attrs.key) keys.add(e.attrs.key);
    for (const c of e.children) if (c.type === 'element') walk(c);
  };
  walk(el);
  return [...keys];
}

function toBlock(el: XmlElement, parent: string, problems: MarkupProblem[]): Block | undefined {
  const line = el.line;
  switch (el.name) {
    case 'h1':
    case 'h2':
    case 'h3':
      return { kind: 'heading', line, level: Number(el.name[1]) as 1 | 2 | 3, spans: nonEmpty(el, problems) };
    case 'p': {
      const style = (el.attrs.style ?? 'body') as ParagraphStyle;
      if (!STYLES.includes(style)) problems.push({ line, message: msg.badAttr('p', 'style', style, STYLES.join(', ')) });
      return { kind: 'paragraph', line, style, spans: nonEmpty(el, problems) };
    }
    case 'ul':
      return { kind: 'list', line, items: children(el, 'li', problems).map((li) => nonEmpty(li, problems)) };
    case 'table':
      return table(el, problems);
    case 'chart':
      return { kind: 'chart', line, ref: attr(el, 'ref', problems) };
    case 'bignumbers':
      return {
        kind: 'bignumbers',
        line,
        items: children(el, 'bignumber', problems).map((b) => ({ value: attr(b, 'value', problems), label: nonEmpty(b, problems) })),
      };
    case 'contact': {
      const [name, ...rest] = elements(el, problems);
      if (name?.name !== 'name') problems.push({ line, message: msg.missingChild('contact', 'name') });
      for (const r of rest) if (r.name !== 'line') problems.push({ line: r.line, message: msg.notAllowed(r.name, 'contact') });
      return { kind: 'contact', line, name: name ? nonEmpty(name, problems) : [], lines: rest.map((r) => nonEmpty(r, problems)) };
    }
    case 'qr': {
      const caption = nonEmpty(el, problems);
      if (!caption.some((span) => span.href)) problems.push({ line, message: msg.missingChild('qr', 'a') });
      return { kind: 'qr', line, caption };
    }
    case 'banner': {
      const [title, subtitle] = [one(el, 'title', problems), one(el, 'subtitle', problems)];
      return { kind: 'banner', line, title: title ? nonEmpty(title, problems) : [], subtitle: subtitle ? nonEmpty(subtitle, problems) : [] };
    }
    case 'section':
    case 'keep':
    case 'fillpage':
      return { kind: el.name, line, children: blockList(el, problems) };
    case 'columns': {
      const count = Number(el.attrs.count ?? '2');
      if (!Number.isInteger(count) || count < 1 || count > 4)
        problems.push({ line, message: msg.badAttr('columns', 'count', el.attrs.count ?? '', 'a whole number from 1 to 4') });
      return { kind: 'columns', line, count, children: blockList(el, problems) };
    }
    case 'pagebreak':
      return { kind: 'pagebreak', line };
    default:
      problems.push({ line, message: msg.notAllowed(el.name, parent) });
      return undefined;
  }
}

function table(el: XmlElement, problems: MarkupProblem[]): TableBlock {
  const part = (name: string): TableRow[] =>
    elements(el, problems)
      .filter((c) => c.name === name)
      .flatMap((p) => children(p, 'tr', problems).map((tr) => ({ cells: elements(tr, problems).map((c) => cell(c, problems)) })));
  for (const c of elements(el, problems)) {
    if (!['thead', 'tbody', 'tfoot'].includes(c.name)) problems.push({ line: c.line, message: msg.notAllowed(c.name, 'table') });
  }
  const widths = el.attrs.widths?.split(',').map(Number);
  if (widths?.some((w) => !(w > 0))) problems.push({ line: el.line, message: msg.badAttr('table', 'widths', el.attrs.widths!, 'positive numbers separated by commas') });
  const { transpose, 'total-columns': totals } = el.attrs;
  if (transpose !== undefined && transpose !== 'auto') problems.push({ line: el.line, message: msg.badAttr('table', 'transpose', transpose, '"auto"') });
  const totalColumns = totals === undefined ? undefined : Number(totals);
  if (totalColumns !== undefined && !(Number.isInteger(totalColumns) && totalColumns >= 0)) problems.push({ line: el.line, message: msg.badAttr('table', 'total-columns', totals!, 'a whole number') });
  return {
    kind: 'table',
    line: el.line,
    head: part('thead'),
    body: part('tbody'),
    foot: part('tfoot'),
    widths,
    ...(transpose === 'auto' && { transpose: true }),
    ...(totalColumns !== undefined && { totalColumns }),
  };
}

function cell(el: XmlElement, problems: MarkupProblem[]): TableCell {
  if (el.name !== 'th' && el.name !== 'td') problems.push({ line: el.line, message: msg.notAllowed(el.name, 'tr') });
  const align = (el.attrs.align ?? 'left') as Align;
  if (!ALIGNS.includes(align)) problems.push({ line: el.line, message: msg.badAttr(el.name, 'align', align, ALIGNS.join(', ')) });
  const scope = el.attrs.scope as 'col' | 'row' | undefined;
  if (scope !== undefined && scope !== 'col' && scope !== 'row') problems.push({ line: el.line, message: msg.badAttr(el.name, 'scope', scope, 'col or row') });
  return { spans: inlineSpans(el, problems), header: el.name === 'th', scope, align };
}

function children(el: XmlElement, name: string, problems: MarkupProblem[]): XmlElement[] {
  const kids = elements(el, problems);
  for (const k of kids) if (k.name !== name) problems.push({ line: k.line, message: msg.notAllowed(k.name, el.name) });
  return kids.filter((k) => k.name === name);
}

function one(el: XmlElement, name: string, problems: MarkupProblem[]): XmlElement | undefined {
  const found = elements(el, problems).find((c) => c.name === name);
  if (!found) problems.push({ line: el.line, message: msg.missingChild(el.name, name) });
  return found;
}

function attr(el: XmlElement, name: string, problems: MarkupProblem[]): string {
  const value = el.attrs[name];
  if (!value) problems.push({ line: el.line, message: msg.missingAttr(el.name, name) });
  return value ?? '';
}

function nonEmpty(el: XmlElement, problems: MarkupProblem[]) {
  const spans = inlineSpans(el, problems);
  if (spans.length === 0) problems.push({ line: el.line, message: msg.empty(el.name) });
  return spans;
}
