import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import type { Lang } from '../../src/model/Edition.js';
import { edition, env } from './factory.js';

const alt = (id: string, lang: Lang = 'en', ed = edition()) => chartSpecs(ed, lang, env).find((c) => c.id === id)!.alt;

describe('alt text', () => {
  it('names the chart type and period and gives every value of every year and of the period', () => {
    expect(alt('victims')).toBe(
      'Stacked bar chart of recognised victims of trafficking in human beings per year, 2023–2024, by women, men and children. ' +
        '2023: 21 in total (Women: 21, Men: 0, Children: 0); 2024: 20 in total (Women: 17, Men: 1, Children: 2); ' +
        '2023–2024: 41 in total (Women: 38, Men: 1, Children: 2).',
    );
  });

  it('does not add up grouped bars', () => {
    expect(alt('prosecution')).toBe(
      'Grouped bar chart of the number of suspects, accused and convicted persons per year, 2023–2024. ' +
        '2023: Suspects: 16, Accused: 3, Convicted: 0; 2024: Suspects: 8, Accused: 6, Convicted: 0; ' +
        '2023–2024: Suspects: 24, Accused: 9, Convicted: 0.',
    );
  });

  it('says that provisional figures are provisional, and which are inferred', () => {
    expect(alt('exploitation')).toBe(
      'Stacked bar chart of recognised victims of trafficking in human beings per year, 2023–2024, by purpose of exploitation. ' +
        '2023: 21 in total (Sexual exploitation: 21); 2024: 20 in total (Sexual exploitation: 17, Forced labour: 3); ' +
        '2023–2024: 41 in total (Sexual exploitation: 38, Forced labour: 3). ' +
        'The figures are provisional. Inferred figures, combined from two public sources and not stated by any single ' +
        'official source: Sexual exploitation, 2024: 17; Forced labour, 2024: 3.',
    );
  });

  it('says how many victims have no published breakdown, and when', () => {
    expect(alt('origin')).toContain('The figures are provisional. Victims whose breakdown is not published: 20 in 2024.');
    expect(alt('origin', 'sl')).toContain('Podatki so začasni. Število žrtev, za katere razčlenitev ni objavljena: 20 v letu 2024.');
  });

  it('says nothing of provisional figures when all are published', () => {
    const official = edition((f) => f.exploitation.forEach((r) => (r.status = 'published')));
    expect(alt('exploitation', 'en', official)).not.toMatch(/provisional|Inferred/);
  });

  it('is written in Slovenian for the Slovenian edition', () => {
    expect(alt('victims', 'sl')).toBe(
      'Naloženi stolpčni grafikon: prepoznane žrtve trgovine z ljudmi po letih, 2023–2024, razčlenjene na ženske, moške in otroke. ' +
        '2023: skupaj 21 (Ženske: 21, Moški: 0, Otroci: 0); 2024: skupaj 20 (Ženske: 17, Moški: 1, Otroci: 2); ' +
        '2023–2024: skupaj 41 (Ženske: 38, Moški: 1, Otroci: 2).',
    );
    expect(alt('origin', 'sl')).toContain('(Dominikanska republika: 21)');
  });

  it('writes numbers as the language does', () => {
    const ed = edition((f) => {
      f.assistance[0]!.crisis_accommodation = 1234567;
    });
    expect(alt('assistance', 'sl', ed)).toContain('Krizna namestitev: 1.234.567');
    expect(alt('assistance', 'en', ed)).toContain('Crisis accommodation: 1,234,567');
  });
});
