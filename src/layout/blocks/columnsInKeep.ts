/**
 * A `columns` block inside a `keep` group: its children measured for the column width and
 * balanced into one unsplittable piece (e.g. a table beside its chart, kept with the
 * heading above and the source below). Only the top level flows columns across pages.
 */
import type { ColumnsBlock } from '../../markup/Block.js';
import { balanceColumns } from '../flow/balanceColumns.js';
import { fillColumns } from '../flow/fillColumns.js';
import { heightAt, type Flowable } from '../flow/Flowable.js';
import { columnCount, columnWidth as columnWidthOf, pageFrame } from '../flow/PageFrame.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import { keepTogether } from './keepTogether.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';

export function columnsInKeep(
  block: ColumnsBlock,
  width: number,
  ctx: MeasureContext,
  parent: StructNode,
  measure: (width: number) => Flowable[],
): Flowable {
  const frame = pageFrame(ctx.theme);
  const count = columnCount(frame, block, width);
  const gap = frame.columnGap;
  const columnWidth = columnWidthOf(frame, count, width);
  const items = measure(columnWidth);
  // Folded into one column, its blocks simply stack, as flexible as they are.
  if (count === 1) return keepTogether(block.line, items);
  const opts = { prevAfter: null, lastResort: false };
  const fill = balanceColumns(items, count, fillColumns(items, count, Infinity, opts), opts);
  const first = items[0];
  const meta = { kind: 'columns', line: block.line, spaceBefore: first?.spaceBefore ?? 0, spaceAfter: fill.lastAfter };
  // A flexible block (a chart beside its table) moves what is below it in its column; the
  // group is as tall as its tallest column. That height is convex in the ratio, so the
  // linear range given here (its values at -1, 0 and 1) never falls short of it.
  const set = (ratio: number) =>
    fill.columns.map((column) => {
      let shift = 0;
      const tops = column.map((p) => {
        const top = p.y + shift;
        shift += heightAt(p.flowable, ratio) - p.flowable.height;
        return top;
      });
      const last = column[column.length - 1];
      return { tops, bottom: last ? tops[tops.length - 1]! + heightAt(last.flowable, ratio) : 0 };
    });
  const heightOf = (ratio: number) => Math.max(0, ...set(ratio).map((c) => c.bottom));
  const flex = { stretch: heightOf(1) - fill.height, shrink: fill.height - heightOf(-1) };
  return solidFlowable(
    meta,
    fill.height,
    (x, y, ratio) => {
      const columns = set(ratio);
      return fill.columns.flatMap((column, c) => column.flatMap((p, i) => p.flowable.draw(x + c * (columnWidth + gap), y + columns[c]!.tops[i]!, ratio)));
    },
    flex,
  );
}
