/**
 * The document's blocks → segments for the paginator, measuring every block once for the
 * width it will flow in: the full text width at the top level, a column's width inside
 * `columns`. Sections may hold columns and columns may hold sections; the structure tree
 * follows the markup either way.
 */
import { addNode } from '../structNodes.js';
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
    if (!open) segments.push((open = { kind: 'flow', columns: 1, items: [], ...(spread !== undefined && { spread, part }) }));
    open.items.push(...items);
  };
  let spread: number | undefined;
  let spreads = 0;
  let part = 0;
  const walk = (list: readonly Block[], parent: StructNode, top = false) => {
    for (const block of list) {
      // In a fillpage, each of its own blocks is a segment of its own, so they can be spread.
      if (top && spread !== undefined) {
        open = undefined;
        part++;
      }
      if (block.kind === 'fillpage') {
        open = undefined;
        segments.push({ kind: 'pagebreak' });
        spread = spreads++;
        walk(block.children, parent, true);
        spread = undefined;
        open = undefined;
      } else if (block.kind === 'section') {
        walk(block.children, addNode(parent, 'Sect'));
      } else if (block.kind === 'columns') {
        open = undefined;
        // Composition may have chosen to fold the columns into one (see `Choices`).
        const count = ctx.choices.columns.get(block) ?? columnCount(frame, block);
        const items = measureBlocks(block.children, columnWidth(frame, count), ctx, parent, 'columns');
        segments.push({ kind: 'flow', columns: count, items, ...(spread !== undefined && { spread, part }) });
      } else if (block.kind === 'pagebreak') {
        open = undefined;
        segments.push({ kind: 'pagebreak' });
      } else if (block.kind === 'banner') {
        open = undefined;
        segments.push({ ...measureBanner(block, ctx, parent), ...(spread !== undefined && { spread, part }) });
      } else {
        flowFull(measureBlocks([block], frame.textWidth, ctx, parent, 'the page'));
      }
    }
  };
  walk(blocks, root);
  return segments;
}
