/**
 * Big numbers side by side in equal cells: the value in the bigNumber type above its
 * label. Each item is one P ("85 suspects" reads as a sentence), under a Div. All values
 * share one size: the theme's, or smaller where the widest would not fit its cell (a
 * 15-year total such as 5.000.000 at A5), down to `MIN_SCALE` of it. A value still wider
 * is an error: a key figure must never be broken.
 */
import { addNode } from '../structNodes.js';
import type { BigNumbersBlock } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { tooWide } from '../messages.js';
import type { StructNode } from '../Page.js';
import { drawLines } from '../text/drawLines.js';
import { setText } from './setText.js';

/** Smallest share of the theme's big-number size a value may be set at. */
export const MIN_SCALE = 0.5;

export function measureBigNumbers(block: BigNumbersBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const { type, page, space } = ctx.theme;
  const n = Math.max(1, block.items.length);
  const gap = page.columnGap;
  const cell = (width - (n - 1) * gap) / n;
  const div = addNode(parent, 'Div');
  const origin = { kind: 'bignumbers', line: block.line };
  // Widths at the theme's size, measured apart from the structure the items will get.
  const widest = Math.max(0, ...block.items.map((item) => ctx.fonts.width(item.value, type.bigNumber.font, type.bigNumber.size)));
  const scale = Math.max(MIN_SCALE, Math.min(1, cell / Math.max(widest, 1e-9)));
  const style = { ...type.bigNumber, size: type.bigNumber.size * scale, leading: type.bigNumber.leading * scale };
  const items = block.items.map((item) => {
    const p = addNode(div, 'P');
    // Set on one line whatever its width (1e6 pt is no limit); too wide is reported below.
    const value = setText([{ text: item.value }], style, 1e6, ctx, p, origin);
    const valueWidth = Math.max(0, ...value.map((l) => l.width));
    if (valueWidth > cell) throw new LayoutError(tooWide('bignumbers', block.line, valueWidth - cell, cell, 'its cell'));
    return { value, label: setText(item.label, type.bigNumberLabel, cell, ctx, p, origin) };
  });
  const labelTop = style.leading;
  const height = labelTop + Math.max(0, ...items.map((i) => i.label.length)) * type.bigNumberLabel.leading;
  return solidFlowable({ kind: 'bignumbers', line: block.line, spaceBefore: space.block, spaceAfter: space.block }, height, (x, y) =>
    items.flatMap((item, i) => {
      const cx = x + i * (cell + gap);
      return [
        ...drawLines(item.value, { x: cx, y, width: cell, align: 'left', style }, ctx.fonts),
        ...drawLines(item.label, { x: cx, y: y + labelTop, width: cell, align: 'left', style: type.bigNumberLabel }, ctx.fonts),
      ];
    }),
  );
}
