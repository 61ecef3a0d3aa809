/**
 * A heading, tagged H1–H3 as the markup's level says. It never splits and keeps with the
 * start of the next block. An h1 carries a short accent bar above it.
 */
import { addNode } from '../structNodes.js';
import type { HeadingBlock } from '../../markup/Block.js';
import { decoration } from '../decoration.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { PlacedItem, StructNode } from '../Page.js';
import { drawLines } from '../text/drawLines.js';
import { setText } from './setText.js';

export function measureHeading(block: HeadingBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const style = ctx.theme.type[`h${block.level}`];
  const node = addNode(parent, `H${block.level}`);
  const lines = setText(block.spans, style, width, ctx, node, block);
  const bar = decoration.h1Bar;
  const above = block.level === 1 ? bar.thickness + bar.gap : 0;
  const { beforeHeading, afterHeading } = ctx.theme.space;
  const meta = { kind: 'heading', line: block.line, spaceBefore: block.level === 1 ? beforeHeading * 1.5 : beforeHeading, spaceAfter: afterHeading, keepWithNext: true };
  return solidFlowable(meta, above + lines.length * style.leading, (x, y) => {
    const items: PlacedItem[] = [];
    if (above > 0) items.push({ kind: 'rect', x, y, w: Math.min(bar.length, width), h: bar.thickness, color: ctx.theme.colors.accent });
    items.push(...drawLines(lines, { x, y: y + above, width, align: 'left', style }, ctx.fonts));
    return items;
  });
}
