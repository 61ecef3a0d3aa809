/** Legends set in columns take as many columns as the chart's width holds, in the filled spec. */
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import { a5Theme } from '../../src/publications/leaflet/themes.js';
import { edition, env, leafletSlots } from './factory.js';

const legendColumns = (spec: unknown): number | undefined => {
  const layer = (spec as { layer: { encoding?: { color?: { legend?: { columns?: number } } } }[] }).layer;
  return layer.map((l) => l.encoding?.color?.legend?.columns).find((c) => c !== undefined);
};

describe('legend columns', () => {
  it('are two in an A4 column and three across an A5 page', () => {
    const a4 = new Map(chartSpecs(edition(), 'en', env).map((c) => [c.id, c]));
    const a5 = new Map(chartSpecs(edition(), 'en', { ...env, theme: a5Theme, slots: leafletSlots(a5Theme) }).map((c) => [c.id, c]));
    expect(legendColumns(a4.get('origin')!.spec)).toBe(2);
    expect(legendColumns(a5.get('origin')!.spec)).toBe(3);
    expect(legendColumns(a5.get('exploitation')!.spec)).toBe(3);
  });

  it('leave legends without columns in one row', () => {
    const a4 = new Map(chartSpecs(edition(), 'en', env).map((c) => [c.id, c]));
    expect(legendColumns(a4.get('victims')!.spec)).toBeUndefined();
  });
});
