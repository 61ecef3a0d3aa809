import { describe, expect, it } from 'vitest';
import { measureChart } from '../../../src/layout/blocks/measureChart.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { chartSizeMismatch, unknownChart } from '../../../src/layout/messages.js';
import { structRoot } from '../../../src/layout/structNodes.js';
import { fakeChart, measureContext } from '../factories.js';

const charts = new Map([
  ['column', fakeChart('column', 85, 50)],
  ['wide', fakeChart('wide', 170, 100)],
]);

describe('measureChart', () => {
  it('places the chart as one unsplittable vector item naming the chart and its slot, shapes to come', () => {
    const ctx = measureContext({ charts });
    const root = structRoot();
    const flow = measureChart({ kind: 'chart', line: 9, ref: 'column' }, 85, ctx, root);
    expect(flow.draw(10, 20)).toEqual([
      { kind: 'vector', x: 10, y: 20, w: 85, h: 50, name: 'chart "column"', shapes: [], struct: root.children[0]!.key, chart: { ref: 'column', slot: 50 } },
    ]);
    expect(flow.height).toBe(50);
    expect(flow.split(49, true)).toBeNull();
  });

  it('never scales: a chart drawn for another width is a broken invariant', () => {
    const ctx = measureContext({ charts });
    expect(() => measureChart({ kind: 'chart', line: 9, ref: 'wide' }, 85, ctx, structRoot())).toThrow(chartSizeMismatch('wide', 170, 85));
    expect(() => measureChart({ kind: 'chart', line: 9, ref: 'column' }, 170, ctx, structRoot())).toThrow(chartSizeMismatch('column', 85, 170));
  });

  it('is set at the ratio its page asks, between its least and most height, in whole half points', () => {
    const ctx = measureContext({ charts: new Map([['flex', fakeChart('flex', 85, 50, { least: 40, most: 71 })]]) });
    const flow = measureChart({ kind: 'chart', line: 9, ref: 'flex' }, 85, ctx, structRoot());
    expect([flow.height, flow.stretch, flow.shrink]).toEqual([50, 21, 10]);
    const slot = (ratio: number) => flow.draw(0, 0, ratio).map((i) => (i.kind === 'vector' ? [i.h, i.chart?.slot] : null))[0];
    expect(slot(-1)).toEqual([40, 40]);
    expect(slot(0.5)).toEqual([60.5, 60.5]);
    expect(slot(1)).toEqual([71, 71]);
  });

  it('tags the chart as a Figure with the chart’s alt text', () => {
    const ctx = measureContext({ charts });
    const root = structRoot();
    measureChart({ kind: 'chart', line: 9, ref: 'column' }, 85, ctx, root);
    expect(root.children).toMatchObject([{ role: 'Figure', alt: 'Alt of column' }]);
  });

  it('reports a chart that was not rendered', () => {
    const ctx = measureContext({ charts });
    expect(() => measureChart({ kind: 'chart', line: 9, ref: 'pie' }, 85, ctx, structRoot())).toThrow(new LayoutError(unknownChart('pie', 9)));
  });
});
