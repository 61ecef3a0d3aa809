import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../../src/layout/hyphenatorFor.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { tooWide } from '../../../src/layout/messages.js';
import { breakLines } from '../../../src/layout/text/breakLines.js';
import type { StyledRun } from '../../../src/layout/text/StyledRun.js';
import type { TextLine } from '../../../src/layout/text/TextLine.js';
import { defaultTheme } from '../../../src/publications/leaflet/themes.js';
import { fonts } from '../factories.js';

const run = (text: string, over: Partial<StyledRun> = {}): StyledRun => ({ text, font: 'regular', size: 10, color: defaultTheme.colors.text, ...over });
const w = (text: string, font: StyledRun['font'] = 'regular') => fonts.width(text, font, 10);
const origin = { kind: 'paragraph', line: 3 };
const en = { fonts, hyphenate: hyphenatorFor('en') };
const sl = { fonts, hyphenate: hyphenatorFor('sl') };
const text = (lines: TextLine[]) => lines.map((l) => l.fragments.map((f) => f.text).join(''));

const ENGLISH =
  'Trafficking in human beings is a serious violation of fundamental rights and a serious form of crime. ' +
  'Article 113 of the Criminal Code defines it as recruiting, selling or purchasing, transporting or otherwise using another person.';
const SLOVENIAN =
  'Medresorska delovna skupina usmerja in usklajuje dejavnosti posameznih institucij, omogoča medresorsko sodelovanje ' +
  'in zagotavlja multidisciplinarni pristop k preprečevanju trgovine z ljudmi.';

describe('breakLines', () => {
  it('never makes a line wider than the measure', () => {
    for (const width of [60, 85, 110, 180, 300]) {
      for (const lines of [breakLines([run(ENGLISH)], width, en, origin), breakLines([run(SLOVENIAN)], width, sl, origin)]) {
        for (const line of lines) {
          expect(line.width).toBeLessThanOrEqual(width);
          const last = line.fragments[line.fragments.length - 1]!;
          expect(last.x + last.width).toBeCloseTo(line.width, 9);
        }
      }
    }
  });

  it('keeps every word, in order, apart from hyphens added at breaks', () => {
    const lines = breakLines([run(ENGLISH)], 85, en, origin);
    expect(text(lines).map((l) => l.replace(/(\p{L})-$/u, '$1')).join('').replace(/ /g, '')).toBe(ENGLISH.replace(/ /g, ''));
  });

  it('hyphenates with the English patterns', () => {
    // Narrower than "trafficking": the hyphenation points are the only sane breaks.
    // (The breaker measures syllables apart, so it needs a hair more than the joined width.)
    expect(text(breakLines([run('trafficking')], w('traffick-') + 1, en, origin))).toEqual(['traffick-', 'ing']);
  });

  it('gives a hyphenated fragment the text it stands for, without the hyphen', () => {
    const lines = breakLines([run('trafficking')], w('traffick-') + 1, en, origin);
    expect(lines.map((l) => l.fragments.map((f) => [f.text, f.actualText]))).toEqual([[['traffick-', 'traffick']], [['ing', undefined]]]);
  });

  it('hyphenates with the Slovenian patterns', () => {
    expect(text(breakLines([run('izkoriščanja')], w('izkori-') + 1, sl, origin))).toEqual(['izkori-', 'ščanja']);
  });

  it('hyphenates running text only at the language’s pattern points', () => {
    const lines = text(breakLines([run(SLOVENIAN)], 120, sl, origin));
    const broken = lines.flatMap((l, i) => (/\p{L}-$/u.test(l) ? [[l.split(' ').pop()!.slice(0, -1), lines[i + 1]!.split(' ')[0]!]] : []));
    expect(broken.length).toBeGreaterThan(0);
    for (const [head, tail] of broken) {
      const word = (head! + tail!).replace(/[.,]$/, '');
      const fragments = hyphenatorFor('sl')(word);
      const points = fragments.map((_, k) => fragments.slice(0, k).join('').length);
      expect(points).toContain(head!.length);
    }
  });

  it('does not hyphenate numbers, addresses or mail', () => {
    for (const token of ['2019–2024', 'info@drustvo-kljuc.si', 'www.karitas.si']) {
      const lines = text(breakLines([run(`aa ${token}`)], w(`aa ${token}`) - 1, en, origin));
      expect(lines).toEqual(['aa', token]);
    }
  });

  it('never breaks at a no-break space and measures it as a space', () => {
    const measure = w('aaaa aaaa 85') + 0.5;
    expect(text(breakLines([run('aaaa aaaa 85\u00a0%')], measure, en, origin))).toEqual(['aaaa aaaa', '85\u00a0%']);
    const [line] = breakLines([run('85\u00a0%')], 100, en, origin);
    expect(line!.width).toBeCloseTo(w('85 %'), 9);
  });

  it('keeps a number with its unit when a plain space joins them, if it can', () => {
    const measure = w('aaaa aaaa 85') + 0.5;
    expect(text(breakLines([run('aaaa aaaa 85 %')], measure, en, origin))).toEqual(['aaaa aaaa', '85 %']);
  });

  it('keeps a one-letter preposition with the next word', () => {
    const measure = w('zagotavlja pristop k') + 0.5;
    expect(text(breakLines([run('zagotavlja pristop k preprečevanju')], measure, sl, origin))[0]).toBe('zagotavlja pristop');
  });

  it('breaks a URL wider than the line at its punctuation, adding nothing', () => {
    const url = 'https://www.gov.si/en/registries/projects/combating-trafficking-in-human-beings/';
    const lines = text(breakLines([run(url, { href: url, struct: '0.4' })], 120, en, origin));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(url);
    // Chicago style: lines after the first start with the punctuation they broke before.
    for (const l of lines.slice(1)) expect(l[0]).toMatch(/[/.\-_]/);
  });

  it('breaks a token with no punctuation anywhere as a last resort', () => {
    const token = 'A'.repeat(40);
    const lines = breakLines([run(token)], 50, en, origin);
    expect(text(lines).join('')).toBe(token);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(50);
  });

  it('reports a character wider than the measure', () => {
    const width = 3;
    expect(() => breakLines([run('W')], width, en, origin)).toThrow(new LayoutError(tooWide('paragraph', 3, w('W') - width, width)));
  });

  it('gives each run of a line its own fragment, measured in its own font and placed edge to edge', () => {
    const [line] = breakLines([run('plain '), run('bold', { font: 'bold' }), run(' plain')], 200, en, origin);
    expect(line!.fragments.map((f) => [f.text, f.run.font])).toEqual([
      ['plain ', 'regular'],
      ['bold', 'bold'],
      [' plain', 'regular'],
    ]);
    const [a, b, c] = line!.fragments;
    expect(b!.width).toBeCloseTo(w('bold', 'bold'), 9);
    expect(b!.x).toBeCloseTo(a!.x + a!.width, 9);
    expect(c!.x).toBeCloseTo(b!.x + b!.width, 9);
  });

  it('splits a link across lines into fragments that keep its node and target', () => {
    const lines = breakLines([run('see '), run('the national coordinator website', { href: 'https://gov.si', struct: '0.7' })], 70, en, origin);
    const linked = lines.flatMap((l) => l.fragments.filter((f) => f.run.href));
    expect(linked.length).toBeGreaterThan(1);
    expect(new Set(linked.map((f) => f.run.struct))).toEqual(new Set(['0.7']));
  });
});
