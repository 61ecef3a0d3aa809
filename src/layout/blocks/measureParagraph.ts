/** A paragraph: a P node, its lines in the style's type, splittable between lines. */
import { addNode } from '../structNodes.js';
import type { ParagraphBlock } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { stackFlowable } from '../flow/stackFlowable.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import { lineSlices } from './lineSlices.js';
import { setText } from './setText.js';

export function measureParagraph(block: ParagraphBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const style = ctx.theme.type[block.style];
  const node = addNode(parent, 'P');
  const lines = setText(block.spans, style, width, ctx, node, block);
  // Display styles set themselves apart from the running text a little more.
  const display = block.style === 'statement' || block.style === 'lead';
  const space = ctx.theme.space;
  return stackFlowable(
    {
      kind: 'paragraph',
      line: block.line,
      spaceBefore: display ? space.block : 0,
      spaceAfter: display ? space.block : space.paragraph,
      // A note or a source belongs to the chart or table above it.
      ...((block.style === 'note' || block.style === 'source') && { trailing: true }),
    },
    lineSlices(lines, { style, width }, ctx),
  );
}
