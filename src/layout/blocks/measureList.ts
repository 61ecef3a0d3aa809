/**
 * A bulleted list: L → LI → Lbl + LBody per item. The bullet is a small square, centred on
 * the first line's x-height, tagged as the item's Lbl and read as a bullet character; the
 * text hangs at `space.listIndent`.
 * The list splits between lines like paragraphs, and freely between items.
 */
import { addNode } from '../structNodes.js';
import type { ListBlock } from '../../markup/Block.js';
import { decoration } from '../decoration.js';
import type { Flowable } from '../flow/Flowable.js';
import { stackFlowable, type Slice } from '../flow/stackFlowable.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import { baselineOffset } from '../text/baselineOffset.js';
import { lineSlices } from './lineSlices.js';
import { setText } from './setText.js';

export function measureList(block: ListBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const { theme } = ctx;
  const style = theme.type.body;
  const indent = theme.space.listIndent;
  const list = addNode(parent, 'L');
  const side = style.size * decoration.bullet.size;
  // Centre of the bullet above the baseline: half of Source Sans' x-height (0.486 em).
  const raise = style.size * decoration.bullet.raise;
  const baseline = baselineOffset(style, ctx.fonts);
  const slices: Slice[] = [];
  block.items.forEach((spans, i) => {
    const item = addNode(list, 'LI');
    const label = addNode(item, 'Lbl');
    const body = addNode(item, 'LBody');
    const lines = setText(spans, style, width - indent, ctx, body, { kind: 'list', line: block.line });
    const itemSlices = lineSlices(lines, { style, width: width - indent, indent }, ctx);
    const first = itemSlices[0];
    if (!first) return;
    itemSlices[0] = {
      ...first,
      gapBefore: i > 0 ? theme.space.paragraph / 2 : 0,
      breakBefore: 'good',
      draw: (x, y) => [
        { kind: 'rect', x, y: y + baseline - raise - side / 2, w: side, h: side, color: theme.colors.accent, struct: label.key, actualText: decoration.bullet.reads },
        ...first.draw(x, y),
      ],
    };
    slices.push(...itemSlices);
  });
  return stackFlowable({ kind: 'list', line: block.line, spaceBefore: 0, spaceAfter: theme.space.paragraph }, slices);
}
