import { describe, expect, it } from 'vitest';
import { measureChart } from '../../../src/layout/blocks/measureChart.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { unknownChart } from '../../../src/layout/messages.js';
import { fakeChart, measureContext } from '../factories.js';

const charts = new Map([
  ['wide', fakeChart('wide', 170, 100)],
  ['small', fakeChart('small', 40, 20)],
]);

describe('measureChart', () => {
  it('scales a wide chart down to the column, keeping its aspect ratio', () => {
    const ctx = measureContext({ charts });
    const flow = measureChart({ kind: 'chart', line: 9, ref: 'wide' }, 85, ctx, ctx.struct.root);
    expect(flow.draw(10, 20)).toEqual([{ kind: 'chart', x: 10, y: 20, w: 85, h: 50, ref: 'wide', struct: ctx.struct.root.children[0]!.id }]);
    expect(flow.height).toBe(50);
    expect(flow.split(49, true)).toBeNull();
  });

  it('never scales a chart up', () => {
    const ctx = measureContext({ charts });
    expect(measureChart({ kind: 'chart', line: 9, ref: 'small' }, 85, ctx, ctx.struct.root).draw(0, 0)).toMatchObject([{ w: 40, h: 20 }]);
  });

  it('tags the chart as a Figure with the chart’s alt text', () => {
    const ctx = measureContext({ charts });
    measureChart({ kind: 'chart', line: 9, ref: 'small' }, 85, ctx, ctx.struct.root);
    expect(ctx.struct.root.children).toMatchObject([{ role: 'Figure', alt: 'Alt of small' }]);
  });

  it('reports a chart that was not rendered', () => {
    const ctx = measureContext({ charts });
    expect(() => measureChart({ kind: 'chart', line: 9, ref: 'pie' }, 85, ctx, ctx.struct.root)).toThrow(new LayoutError(unknownChart('pie', 9)));
  });
});
