/**
 * A chart: a Figure with the chart's alt text, drawn as the vector shapes the chart stage
 * resolved at the size `chartSlots` gave it. It is never scaled: a chart drawn for another
 * width is a broken invariant, not content to shrink.
 */
import type { ChartBlock } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { chartSizeMismatch, unknownChart } from '../messages.js';
import type { StructNode } from '../Page.js';
import { addNode } from '../structNodes.js';

/** Rounding slack between the slot and the drawn chart, pt. */
const SLACK = 0.01;

export function measureChart(block: ChartBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const chart = ctx.charts.get(block.ref);
  if (!chart) throw new LayoutError(unknownChart(block.ref, block.line));
  if (Math.abs(chart.width - width) > SLACK) throw new Error(chartSizeMismatch(block.ref, chart.width, width));
  const figure = addNode(parent, 'Figure', { alt: chart.alt, ...(chart.tables.length > 0 && { tables: chart.tables }) });
  const { height, shapes } = chart;
  const space = ctx.theme.space.block;
  return solidFlowable({ kind: 'chart', line: block.line, spaceBefore: space, spaceAfter: space }, height, (x, y) => [
    { kind: 'vector', x, y, w: width, h: height, name: `chart "${block.ref}"`, shapes, struct: figure.key },
  ]);
}
