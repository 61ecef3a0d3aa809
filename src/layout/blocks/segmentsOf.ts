/**
 * The document's blocks → segments for the paginator, measuring every block once for the
 * width it will flow in: the full text width at the top level, a column's width inside
 * `columns`. Sections may hold columns and columns may hold sections; the structure tree
 * follows the markup either way.
 */
import { addNode } from '../StructBuilder.js';
import type { Block } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { columnCount, columnWidth, type PageFrame } from '../flow/PageFrame.js';
import type { FlowSegment, Segment } from '../flow/Segment.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import { measureBanner } from './measureBanner.js';
import { measureBlocks } from './measureBlocks.js';

export function segmentsOf(blocks: readonly Block[], ctx: MeasureContext, frame: PageFrame, root: StructNode): Segment[] {
  const segments: Segment[] = [];
  // The full-width segment being filled, if the last segment is one.
  let open: FlowSegment | undefined;
  const flowFull = (items: Flowable[]) => {
    if (!open) segments.push((open = { kind: 'flow', columns: 1, items: [] }));
    open.items.push(...items);
  };
  const walk = (list: readonly Block[], parent: StructNode) => {
    for (const block of list) {
      if (block.kind === 'section') {
        walk(block.children, addNode(parent, 'Sect'));
      } else if (block.kind === 'columns') {
        open = undefined;
        const count = columnCount(frame, block.count);
        const items = measureBlocks(block.children, columnWidth(frame, count), ctx, parent, 'columns');
        segments.push({ kind: 'flow', columns: count, items });
      } else if (block.kind === 'pagebreak') {
        open = undefined;
        segments.push({ kind: 'pagebreak' });
      } else if (block.kind === 'banner') {
        open = undefined;
        segments.push(measureBanner(block, ctx, parent));
      } else {
        flowFull(measureBlocks([block], frame.textWidth, ctx, parent, 'the page'));
      }
    }
  };
  walk(blocks, root);
  return segments;
}
