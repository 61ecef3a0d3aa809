import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/publications/leaflet/chartData.js';
import { env } from './factory.js';

const text = (id: string) => readFileSync(resolve(env.templatesDir, `${id}.vl.json`), 'utf8');

describe('chart templates', () => {
  it('are exactly the five charts', () => {
    expect(readdirSync(env.templatesDir).sort()).toEqual(CHART_IDS.map((id) => `${id}.vl.json`).sort());
  });

  it.each(CHART_IDS)('%s reads the dataset "table" and types no figures, colours or font sizes', (id) => {
    const spec = JSON.parse(text(id));
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
    expect(spec.data).toEqual({ name: 'table' });
    expect(text(id)).not.toMatch(/"(values|datasets|fontSize|font)"\s*:/);
    expect(text(id)).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });
});
