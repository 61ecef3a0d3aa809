/**
 * A contact: a tinted box with an accent bar on the left, the name (tagged H3, so screen
 * readers can jump between contacts) and one P per line. Kept together in one column.
 */
import { addNode } from '../structNodes.js';
import type { ContactBlock } from '../../markup/Block.js';
import { decoration } from '../decoration.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { PlacedItem, StructNode } from '../Page.js';
import { drawLines } from '../text/drawLines.js';
import { setText } from './setText.js';

export function measureContact(block: ContactBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const { type, colors, space } = ctx.theme;
  const pad = space.cellPadX * 2;
  const inner = width - decoration.contactBar - 2 * pad;
  const div = addNode(parent, 'Div');
  const origin = { kind: 'contact', line: block.line };
  const blocks = [
    { style: type.contactName, lines: setText(block.name, type.contactName, inner, ctx, addNode(div, 'H3'), origin) },
    ...block.lines.map((spans) => ({ style: type.body, lines: setText(spans, type.body, inner, ctx, addNode(div, 'P'), origin) })),
  ];
  const textHeight = blocks.reduce((h, b) => h + b.lines.length * b.style.leading, 0);
  const height = textHeight + 2 * pad;
  return solidFlowable({ kind: 'contact', line: block.line, spaceBefore: space.block, spaceAfter: space.block }, height, (x, y) => {
    const items: PlacedItem[] = [
      { kind: 'rect', x, y, w: width, h: height, color: colors.accentTint },
      { kind: 'rect', x, y, w: decoration.contactBar, h: height, color: colors.accent },
    ];
    let ty = y + pad;
    for (const b of blocks) {
      items.push(...drawLines(b.lines, { x: x + decoration.contactBar + pad, y: ty, width: inner, align: 'left', style: b.style }, ctx.fonts));
      ty += b.lines.length * b.style.leading;
    }
    return items;
  });
}
