/**
 * The `columns` blocks composition may fold into one column: those of the body's top level
 * (reached through sections only, not inside a keep, another `columns` or the fill page).
 * Their charts get a second box across the text width (`chartSlots`), so folding needs no
 * chart drawn in advance.
 */
import type { Block, ColumnsBlock } from '../markup/Block.js';

export function foldableColumns(blocks: readonly Block[]): Set<ColumnsBlock> {
  const found = new Set<ColumnsBlock>();
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.kind === 'columns' && block.count > 1) found.add(block);
      else if (block.kind === 'section') walk(block.children);
    }
  };
  walk(blocks);
  return found;
}
