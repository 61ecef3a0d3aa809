/**
 * After pagination, the structure tree meets the pages: each item's node must exist,
 * Figures learn the page and box their drawing covers (a PDF layout attribute), and the
 * headings become the document outline. Measuring never needs any of this, which is why it
 * happens here, once the pages are final.
 */
import type { Box, OutlineEntry, Page, StructNode } from './Page.js';

export function attachStructure(root: StructNode, pages: readonly Page[]): OutlineEntry[] {
  const nodes = new Map<string, StructNode>();
  const index = (node: StructNode) => {
    if (nodes.has(node.key)) throw new Error(`layout: structure key ${node.key} is used twice`);
    nodes.set(node.key, node);
    node.children.forEach(index);
  };
  index(root);

  const texts = new Map<string, TextPart[]>();
  let order = 0;
  pages.forEach((page, p) => {
    for (const item of page.items) {
      if (item.kind === 'rule' || item.struct === undefined) continue;
      const node = nodes.get(item.struct);
      if (!node) throw new Error(`layout: an item on page ${p + 1} refers to structure node ${item.struct}, which is not in the tree`);
      if (item.kind === 'rect') continue;
      if (item.kind === 'vector') {
        if (node.role !== 'Figure') throw new Error(`layout: ${item.name} belongs to a ${node.role}, not a Figure`);
        node.placed = { page: p, box: union(node.placed?.box, item) };
      } else {
        const list = texts.get(item.struct) ?? [];
        list.push({ order: order++, page: p, y: item.y - item.size, text: item.actualText ?? item.text, baseline: item.y, joined: item.actualText !== undefined });
        texts.set(item.struct, list);
      }
    }
  });
  return outlineOf(root, texts);
}

function union(a: Box | undefined, b: Box): Box {
  if (!a) return { x: b.x, y: b.y, w: b.w, h: b.h };
  const [x0, y0] = [Math.min(a.x, b.x), Math.min(a.y, b.y)];
  return { x: x0, y: y0, w: Math.max(a.x + a.w, b.x + b.w) - x0, h: Math.max(a.y + a.h, b.y + b.h) - y0 };
}

const LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3 };

/** A run of a heading: where it sits, and whether it ends a word hyphenated at a line break. */
interface TextPart {
  /** Position among all text items, which are in reading order. */
  order: number;
  page: number;
  y: number;
  baseline: number;
  text: string;
  joined: boolean;
}

/** A heading's runs as one line: a space where a line ended, none after a dropped hyphen. */
function titleOf(parts: readonly TextPart[]): string {
  let title = '';
  parts.forEach((part, i) => {
    const prev = parts[i - 1];
    if (prev && (prev.baseline !== part.baseline || prev.page !== part.page) && !prev.joined) title += ' ';
    title += part.text;
  });
  return title.replace(/\s+/g, ' ').trim();
}

/** Headings in reading order, each under the nearest heading of a higher level before it. */
function outlineOf(root: StructNode, texts: ReadonlyMap<string, TextPart[]>): OutlineEntry[] {
  const top: OutlineEntry[] = [];
  const open: { level: number; entry: OutlineEntry }[] = [];
  // A heading's own runs and those of its Link or Span children, in reading order.
  const subtree = (node: StructNode): TextPart[] => [...(texts.get(node.key) ?? []), ...node.children.flatMap(subtree)];
  const textOf = (node: StructNode): TextPart[] => subtree(node).sort((a, b) => a.order - b.order);
  const walk = (node: StructNode) => {
    const level = LEVEL[node.role];
    if (level !== undefined) {
      const parts = textOf(node);
      if (parts.length > 0) {
        const entry: OutlineEntry = { title: titleOf(parts), page: parts[0]!.page, y: parts[0]!.y, children: [] };
        while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
        (open.length > 0 ? open[open.length - 1]!.entry.children : top).push(entry);
        open.push({ level, entry });
      }
      return;
    }
    node.children.forEach(walk);
  };
  walk(root);
  return top;
}
