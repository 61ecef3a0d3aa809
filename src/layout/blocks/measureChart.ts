/**
 * A chart: a Figure with the chart's alt text, a flexible block whose slot may be set
 * anywhere between the theme's least and most height for it (see `ChartBox`). It is drawn
 * as a vector item naming the chart and the slot chosen; the pipeline draws the chart at
 * that size afterwards and puts its shapes in (see `withChartShapes`).
 */
import type { ChartBlock } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { chartSizeMismatch, unknownChart } from '../messages.js';
import type { StructNode } from '../Page.js';
import { addNode } from '../structNodes.js';

/** Rounding slack between the slot and the column, pt. */
const SLACK = 0.01;

/** Slot heights are whole half points, rounded down, so a chart never outgrows what was planned. */
const STEP = 0.5;

export function measureChart(block: ChartBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const box = ctx.charts.get(block.ref);
  if (!box) throw new LayoutError(unknownChart(block.ref, block.line));
  // Its columns folded into one, the chart runs across the text width.
  const chart = box.folded && Math.abs(box.folded.width - width) <= SLACK ? box.folded : box;
  if (Math.abs(chart.width - width) > SLACK) throw new Error(chartSizeMismatch(block.ref, chart.width, width));
  const figure = addNode(parent, 'Figure', { alt: chart.alt, ...(chart.tables.length > 0 && { tables: chart.tables }) });
  const space = ctx.theme.space.block;
  const { least, preferred, most, extra } = chart;
  const slotAt = (ratio: number) => Math.floor((preferred + (ratio >= 0 ? ratio * (most - preferred) : ratio * (preferred - least))) / STEP + 1e-9) * STEP;
  return solidFlowable(
    { kind: 'chart', line: block.line, spaceBefore: space, spaceAfter: space },
    preferred + extra,
    (x, y, ratio) => {
      const slot = slotAt(ratio);
      return [{ kind: 'vector', x, y, w: width, h: slot + extra, name: `chart "${block.ref}"`, shapes: [], struct: figure.key, chart: { ref: block.ref, slot } }];
    },
    { stretch: most - preferred, shrink: preferred - least },
  );
}
