/**
 * Structure nodes made while a block is measured. A node's key is its parent's key and its
 * position (`0.3.1`), so measuring has no hidden state: the same blocks measured under a
 * fresh root give the same tree, and measuring again (another page size, a preview) gives
 * the same keys.
 */
import type { StructNode, StructRole } from './Page.js';

export function structRoot(): StructNode {
  return { key: '0', role: 'Document', children: [] };
}

/** Appends a new node under `parent` (a node of the tree being measured) and returns it. */
export function addNode(parent: StructNode, role: StructRole, props?: Pick<StructNode, 'alt' | 'scope' | 'lang' | 'tables'>): StructNode {
  const node: StructNode = { key: `${parent.key}.${parent.children.length}`, role, ...props, children: [] };
  parent.children.push(node);
  return node;
}
