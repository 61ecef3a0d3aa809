import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import { chartMessages } from '../../src/charts/messages.js';
import { InputError } from '../../src/model/Problem.js';
import type { Lang, Texts } from '../../src/model/Edition.js';
import { breakdown, edition, env, realTexts } from './factory.js';

/** Every purpose key that lost-charts.md allows in the data files. */
const PURPOSES = [
  'sexual_exploitation', 'forced_labour', 'commission_of_crime', 'begging', 'slavery', 'servitude',
  'organ_trade', 'forced_marriage', 'illegal_adoption', 'other',
];

const failure = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
};

const withoutText = (lang: Lang, path: string[]): Record<Lang, Texts> => {
  const texts = structuredClone(realTexts);
  const parent = path.slice(0, -1).reduce((node: any, key) => node[key], texts[lang]);
  delete parent[path.at(-1)!];
  return texts;
};

describe('category labels', () => {
  it.each(PURPOSES)('labels purpose %s in both languages', (key) => {
    const ed = edition((f) => (f.exploitation = breakdown('2023 sexual_exploitation 21 published', `2024 ${key} 20 published`)));
    for (const lang of ['en', 'sl'] as const) {
      const spec = chartSpecs(ed, lang, env).find((c) => c.id === 'exploitation')!.spec as any;
      const label = (realTexts[lang].charts as any).purposes[key];
      expect(label).toMatch(/^\p{Lu}/u);
      expect(spec.layer[0].encoding.color.scale.domain).toContain(label);
    }
  });

  it('reports every purpose key without a label, naming the key and the text to add', () => {
    const ed = edition(
      (f) => (f.exploitation = breakdown('2023 bonded_labour 21 published', '2024 organ_sale 20 published')),
    );
    const e = failure(() => chartSpecs(ed, 'sl', env));
    expect(e.problems).toEqual([
      { file: 'text.sl.yaml', field: 'charts.purposes.bonded_labour', message: chartMessages.unknownKey('exploitation', 'bonded_labour') },
      { file: 'text.sl.yaml', field: 'charts.purposes.organ_sale', message: chartMessages.unknownKey('exploitation', 'organ_sale') },
    ]);
    expect(e.message).toContain('no label for key "bonded_labour"');
  });

  it('reports missing texts of all charts together', () => {
    const texts = withoutText('en', ['charts', 'victims', 'men']);
    delete (texts.en.charts as any).prosecution.axis;
    const e = failure(() => chartSpecs(edition(undefined, texts), 'en', env));
    expect(e.problems.map((p) => p.field)).toEqual(['charts.victims.men', 'charts.prosecution.axis']);
  });

  it('names the unpublished category from the texts, in every breakdown chart', () => {
    const e = failure(() => chartSpecs(edition(undefined, withoutText('en', ['charts', 'unpublished'])), 'en', env));
    expect(e.problems.map((p) => p.field)).toContain('charts.unpublished');
  });
});
