/**
 * parseChartSpec compiles and parses each chart shape once and fills later charts of that
 * shape with their own values: the result must always be exactly what Vega-Lite and Vega
 * make of the chart itself, and a chart that differs only in its values (years, figures,
 * labels, colours, titles, size) must reuse the shape.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import { parseChartSpec, knownShapes } from '../../src/chartsvg/parseChartSpec.js';
import { strictLogger } from '../../src/chartsvg/strictLogger.js';
import type { Lang } from '../../src/model/Edition.js';
import { edition, env, leafletEdition, leafletSlots } from '../charts/factory.js';
import { themes } from '../../src/publications/leaflet/themes.js';

const specsOf = (ed = leafletEdition(), lang: Lang = 'en', chartsEnv = env) => chartSpecs(ed, lang, chartsEnv);

/** The leaflet's edition two years later: every year, figure and size changed, the structure kept. */
function nextEdition() {
  return edition((f) => {
    const base = leafletEdition().figures;
    const later = <T extends { year: number }>(rows: T[], scale: (r: T) => T) => rows.map((r) => ({ ...scale(r), year: r.year + 2 }));
    const times = (k: number) => <T extends object>(r: T) => Object.fromEntries(Object.entries(r).map(([key, v]) => [key, typeof v === 'number' ? v * k : v])) as T;
    f.victims = later(base.victims, times(3));
    f.assistance = later(base.assistance, times(2));
    f.prosecution = later(base.prosecution, times(5));
    f.exploitation = later(base.exploitation, (r) => ({ ...r, victims: r.victims * 3 }));
    f.origin = later(base.origin, (r) => ({ ...r, victims: r.victims * 3 }));
  });
}

describe('parseChartSpec', () => {
  it("gives exactly what Vega-Lite and Vega make of the chart, for a first chart and for later ones of the same shape", () => {
    const later = { ...env, slots: new Map([...env.slots].map(([id, s]) => [id, { width: s.width, height: s.height + 13.5 }])) };
    for (const specs of [specsOf(), specsOf(nextEdition(), 'en', later), specsOf(nextEdition(), 'sl', later)]) {
      for (const chart of specs) expect(parseChartSpec(chart.spec, strictLogger(chart.id)), chart.id).toEqual(vega.parse(vl.compile(chart.spec).spec));
    }
  });

  it('compiles a shape once: another edition of the same structure, size and language reuses it', () => {
    for (const chart of specsOf()) parseChartSpec(chart.spec, strictLogger(chart.id));
    const before = knownShapes();
    expect(before.compiledInFull).toBe(0);
    for (const chart of specsOf(nextEdition())) parseChartSpec(chart.spec, strictLogger(chart.id));
    expect(knownShapes()).toEqual(before);
  });

  it('tells apart what Vega-Lite does not merely copy: another page size (config) is another shape', () => {
    for (const chart of specsOf()) parseChartSpec(chart.spec, strictLogger(chart.id));
    const before = knownShapes().shapes;
    const a5 = { ...env, theme: themes.a5, slots: leafletSlots(themes.a5) };
    for (const chart of specsOf(leafletEdition(), 'en', a5)) expect(parseChartSpec(chart.spec, strictLogger(chart.id))).toEqual(vega.parse(vl.compile(chart.spec).spec));
    expect(knownShapes().shapes).toBe(before + 5);
  });
});
