/**
 * A chart: a Figure with the chart's alt text. Scaled down to the column width keeping its
 * aspect ratio, never up: chart text was measured at natural size and should stay there.
 */
import type { ChartBlock } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { unknownChart } from '../messages.js';
import type { StructNode } from '../Page.js';

export function measureChart(block: ChartBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const chart = ctx.charts.get(block.ref);
  if (!chart) throw new LayoutError(unknownChart(block.ref, block.line));
  const figure = ctx.struct.add(parent, 'Figure', { alt: chart.alt });
  const scale = Math.min(1, width / chart.width);
  const [w, h] = [chart.width * scale, chart.height * scale];
  const space = ctx.theme.space.block;
  return solidFlowable({ kind: 'chart', line: block.line, spaceBefore: space, spaceAfter: space }, h, (x, y) => [
    { kind: 'chart', x, y, w, h, ref: block.ref, struct: figure.id },
  ]);
}
