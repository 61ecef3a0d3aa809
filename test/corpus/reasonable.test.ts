/**
 * Editions that are unusual but right build: English only (no Slovenian texts or
 * citations), no origin-named.csv, a year with no victims and so no breakdown rows, and
 * Excel's semicolon CSV.
 */
import { describe, expect, it } from 'vitest';
import { build } from '../support/buildDefault.js';
import { editionWith, setLine } from '../support/editionFixture.js';

describe('reasonable editions', () => {
  it('build: English only, no named countries, a year with 0 victims, semicolon CSV', async () => {
    const dir = editionWith({
      'publication.yaml': (t) => t.replace('[sl, en]', '[en]').replace(/^ {4}sl: .*\n/gm, ''),
      'text.sl.yaml': () => null,
      'origin-named.csv': () => null,
      'victims.csv': (t) => setLine(3, '2020;0;0;0')(t.replace(/,/g, ';')),
      'exploitation.csv': (t) => t.replace('2020,unpublished,27,unpublished\n', ''),
      'origin.csv': (t) => t.replace('2020,unpublished,27,unpublished\n', ''),
    });
    const built = await build(dir);
    expect(built.map((b) => b.fileName)).toEqual(['thb-slovenia-2019-2024-en.pdf']);
    expect(built[0]!.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
