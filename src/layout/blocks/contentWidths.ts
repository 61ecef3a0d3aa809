/**
 * Column widths of a table from its content, pt, for a table the markup gives no widths
 * (a transposed one): the label column as wide as its longest label, every figure column
 * alike, as wide as the widest figure or heading word, and what is left of `width` shared
 * out in those proportions. Headings may wrap between words; figures never break.
 */
import type { TableBlock, TableRow } from '../../markup/Block.js';
import type { MeasureContext } from '../MeasureContext.js';
import { fontFor } from '../text/fontFor.js';

const LABEL_SHARE = 0.4;

export function contentWidths(block: TableBlock, width: number, ctx: MeasureContext): number[] {
  const { type, space } = ctx.theme;
  const rows: [TableRow, typeof type.table][] = [
    ...block.head.map((r): [TableRow, typeof type.table] => [r, type.tableHead]),
    ...block.body.map((r): [TableRow, typeof type.table] => [r, type.table]),
    ...block.foot.map((r): [TableRow, typeof type.table] => [r, { ...type.table, font: type.tableHead.font }]),
  ];
  const count = Math.max(0, ...rows.map(([r]) => r.cells.length));
  const need = Array<number>(count).fill(0);
  for (const [row, style] of rows) {
    row.cells.forEach((cell, c) => {
      const text = cell.spans.map((s) => s.text).join('');
      const font = fontFor(style.font, cell.spans[0]?.bold, cell.spans[0]?.italic);
      // A heading wraps at its spaces; a figure or a label in a body cell stays on one line.
      const parts = cell.header && c > 0 ? text.split(/\s+/) : [text];
      const widest = Math.max(0, ...parts.map((p) => ctx.fonts.width(p, font, style.size)));
      need[c] = Math.max(need[c]!, widest + 2 * space.cellPadX);
    });
  }
  const figure = Math.max(0, ...need.slice(1));
  // Labels longer than this share of the width wrap rather than squeeze the figures.
  const wanted = need.map((n, c) => (c === 0 ? Math.min(n, LABEL_SHARE * width) : figure));
  const sum = wanted.reduce((a, b) => a + b, 0);
  return sum > 0 ? wanted.map((w) => (width * w) / sum) : wanted;
}
