/**
 * Structure nodes made while a block is measured. A node's key is its parent's key and its
 * position (`0.3.1`), so measuring keeps no hidden state (no id counter): the only thing it
 * changes is the parent it is given, and the same blocks measured under a fresh root give
 * the same tree and keys (another page size, a preview, a watch rebuild).
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
