/**
 * Grows the structure tree in reading order. Layout measures blocks in markup order and
 * adds each node as it meets it, so the order of `children` is the reading order.
 */
import type { StructNode, StructRole } from './Page.js';

export interface StructBuilder {
  root: StructNode;
  /** Appends a new node under `parent` and returns it; ids are unique and increasing. */
  add(parent: StructNode, role: StructRole, props?: Pick<StructNode, 'alt' | 'scope'>): StructNode;
}

export function createStructBuilder(): StructBuilder {
  let next = 0;
  const root: StructNode = { id: next++, role: 'Document', children: [] };
  return {
    root,
    add(parent, role, props) {
      const node: StructNode = { id: next++, role, ...props, children: [] };
      parent.children.push(node);
      return node;
    },
  };
}
