/**
 * Tiny hand-built editions for chart tests: two years, a handful of figures, and the
 * leaflet's `charts:` texts of both languages, from the frozen edition (the words are part
 * of what the charts promise).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ChartsEnv } from '../../src/charts/chartSpecs.js';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { chartSlots } from '../../src/layout/chartSlots.js';
import type { Block } from '../../src/markup/Block.js';
import { type Theme } from '../../src/model/Theme.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';
import type { Edition, Lang, Status, Texts } from '../../src/model/Edition.js';
import type { BreakdownRow, Figures } from '../../src/publications/leaflet/Figures.js';
import { leaflet } from '../../src/publications/leaflet/index.js';
import { EDITION } from '../support/editionFixture.js';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The sizes the leaflet gives its charts on `theme`'s pages: victims and assistance across
 * the text width, the other three in one of two columns (templates/leaflet/leaflet.hbs).
 */
export function leafletSlots(theme: Theme = defaultTheme): Map<string, { width: number; height: number }> {
  const chart = (ref: string): Block => ({ kind: 'chart', line: 1, ref });
  const columns = (...children: Block[]): Block => ({ kind: 'columns', line: 1, count: 2, children });
  const blocks = [chart('victims'), columns(chart('exploitation'), chart('origin')), chart('assistance'), columns(chart('prosecution'))];
  // At the height each slot prefers.
  return new Map([...chartSlots({ title: 'Test', lang: 'en', blocks }, theme)].map(([id, s]) => [id, { width: s.width, height: s.preferred }]));
}

const fonts = loadFontSet(resolve(ROOT, 'fonts'));
export const env: ChartsEnv = {
  theme: defaultTheme,
  templatesDir: resolve(ROOT, 'templates/leaflet/charts'),
  slots: leafletSlots(),
  data: leaflet.charts!.data,
  textWidth: (text, size, bold) => fonts.width(text, bold ? 'bold' : 'regular', size),
};

const textsOf = (lang: Lang): Texts => {
  const all = parse(readFileSync(join(EDITION, `text.${lang}.yaml`), 'utf8')) as Texts;
  return { charts: all.charts! };
};
export const realTexts: Record<Lang, Texts> = { en: textsOf('en'), sl: textsOf('sl') };

/** `year key victims status` lines → breakdown rows. */
export const breakdown = (...lines: string[]): BreakdownRow[] =>
  lines.map((line) => {
    const [year, key, victims, status] = line.split(' ');
    return { year: Number(year), key: key!, victims: Number(victims), status: status as Status };
  });

/** 2023 and 2024; 2024 has an inferred purpose and an unpublished origin. */
export function tinyFigures(): Figures {
  return {
    victims: [
      { year: 2023, women: 21, men: 0, children: 0 },
      { year: 2024, women: 17, men: 1, children: 2 },
    ],
    assistance: [
      { year: 2023, crisis_accommodation: 2, safe_accommodation: 0, reintegration_programme: 10 },
      { year: 2024, crisis_accommodation: 6, safe_accommodation: 5, reintegration_programme: 9 },
    ],
    prosecution: [
      { year: 2023, suspects: 16, accused: 3, convicted: 0 },
      { year: 2024, suspects: 8, accused: 6, convicted: 0 },
    ],
    exploitation: breakdown(
      '2023 sexual_exploitation 21 published',
      '2024 sexual_exploitation 17 inferred',
      '2024 forced_labour 3 inferred',
    ),
    origin: breakdown('2023 DO 21 published', '2024 unpublished 20 unpublished'),
    originNamed: [],
  };
}

export function edition(edit: (f: Figures) => void = () => {}, texts = realTexts): Edition<Figures> {
  const figures = tinyFigures();
  edit(figures);
  return {
    dir: 'test-edition',
    publication: { slug: 'test', languages: ['sl', 'en'], date: '2026-11-28', contacts: {}, sources: {}, charts: {}, countries: {} },
    figures,
    texts,
  };
}

/** The leaflet's own figures, 2019–2024 (as in lost-charts.md and the source leaflet). */
export function leafletEdition(): Edition<Figures> {
  return edition((f) => {
    const years = [2019, 2020, 2021, 2022, 2023, 2024];
    const table = <K extends string>(keys: K[], columns: number[][]) =>
      years.map((year, i) => ({ year, ...Object.fromEntries(keys.map((k, j) => [k, columns[j]![i]!])) }) as { year: number } & Record<K, number>);
    f.victims = table(['women', 'men', 'children'], [[6, 27, 39, 3, 21, 17], [1, 0, 1, 0, 0, 0], [0, 0, 0, 2, 0, 0]]);
    f.assistance = table(
      ['crisis_accommodation', 'safe_accommodation', 'reintegration_programme'],
      [[4, 0, 2, 9, 2, 6], [2, 2, 2, 9, 0, 5], [6, 3, 4, 8, 10, 9]],
    );
    f.prosecution = table(['suspects', 'accused', 'convicted'], [[14, 4, 18, 25, 16, 8], [9, 6, 0, 0, 3, 6], [4, 5, 0, 0, 0, 0]]);
    f.exploitation = breakdown(
      '2019 sexual_exploitation 5 published', '2019 servitude 2 published', '2020 unpublished 27 unpublished',
      '2021 sexual_exploitation 40 published', '2022 sexual_exploitation 3 inferred', '2022 forced_marriage 2 inferred',
      '2023 sexual_exploitation 21 published', '2024 sexual_exploitation 17 inferred',
    );
    f.origin = breakdown(
      '2019 VN 4 published', '2019 unpublished 3 unpublished', '2020 unpublished 27 unpublished', '2021 DO 18 published',
      '2021 unpublished 22 unpublished', '2022 VE 2 inferred', '2022 CO 1 inferred', '2022 SI 2 inferred',
      '2023 unpublished 21 unpublished', '2024 unpublished 17 unpublished',
    );
  });
}
