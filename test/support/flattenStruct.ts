import type { StructTreeContent, StructTreeNode } from 'pdfjs-dist/types/src/display/api.js';
import type { PdfPage } from './pdf.js';

export interface FlatStructNode {
  role: string;
  alt?: string;
  /** The element's /Lang, where it has one. */
  lang?: string;
  /** Depth below the page tree's Root (Document = 1). */
  depth: number;
  /** Text of the node's marked content on this page, subtree included, joined by spaces. */
  text: string;
  /** Annotation objects (OBJR) directly under the node. */
  objects: number;
}

/**
 * The page's structure tree in reading order, one entry per element. pdf.js builds the tree
 * per page, so a paragraph split across two pages appears once on each, with its part.
 */
export function flattenStruct(page: PdfPage): FlatStructNode[] {
  const textOf = new Map<string, string[]>();
  for (const item of page.items) {
    if (item.mcid) textOf.set(item.mcid, [...(textOf.get(item.mcid) ?? []), item.str]);
  }
  const out: FlatStructNode[] = [];
  const walk = (node: StructTreeNode, depth: number): string[] => {
    const entry: FlatStructNode = { role: node.role, depth, text: '', objects: 0 };
    const alt = (node as StructTreeNode & { alt?: string }).alt;
    if (alt !== undefined) entry.alt = alt;
    const lang = (node as StructTreeNode & { lang?: string }).lang;
    if (lang !== undefined) entry.lang = lang;
    if (depth > 0) out.push(entry);
    const words: string[] = [];
    for (const child of node.children) {
      if ('role' in child) words.push(...walk(child, depth + 1));
      else if ((child as StructTreeContent).type === 'content') words.push(...(textOf.get(child.id) ?? []));
      else entry.objects++;
    }
    entry.text = words.join(' ');
    return words;
  };
  if (page.struct) walk(page.struct, 0);
  return out;
}
