/**
 * Property: any valid edition within the issue's bounds (1–15 years, 0–40 countries of
 * origin, 1–8 purposes, figures up to 1,000,000, long country names, Slovenian letters in
 * the names) builds at A4 and A5 without a layout problem, and every figure of its data is
 * in the PDF: the tables' figures in the page text, the breakdowns' in the charts' alt
 * text (each named category per year, each grouped category over the period), and its
 * pages meet the leaflet's page policy (count always, fill wherever there are victims). Editions
 * are built in-process; numRuns is small because each run lays out four documents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { breakdownGroups } from '../../src/publications/leaflet/breakdownGroups.js';
import { ASSISTANCE_KINDS, PROSECUTION_STAGES, VICTIM_GROUPS } from '../../src/publications/leaflet/facts.js';
import { formatterFor } from '../../src/format/Formatter.js';
import { buildPublication } from '../../src/pipeline.js';
import type { CountryNames, Lang } from '../../src/model/Edition.js';
import type { BreakdownRow } from '../../src/publications/leaflet/Figures.js';
import { buildEnv } from '../support/buildDefault.js';
import { EDITION } from '../support/editionFixture.js';
import { flattenStruct } from '../support/flattenStruct.js';
import { readPdf } from '../support/pdf.js';
import { split, syntheticEdition, type Status, type SyntheticYear } from '../support/syntheticEdition.js';

const RUNS = { numRuns: 10, seed: 11 };
const purposeNames = (lang: Lang) =>
  (parse(readFileSync(join(EDITION, `text.${lang}.yaml`), 'utf8')) as { charts: { purposes: Record<string, string> } }).charts.purposes;
/** Forty countries, the longest names of both languages among them (BA, CF, VC, AE, MK). */
const COUNTRIES = 'BA MK CF DO AE VC RS HR UA RO BG HU SK CZ PL MD AL ME XK TR NG GH CM CD CG VN CN TH PH IN PK BD AF SY IQ VE CO BR DE SI'.split(' ');
const PURPOSES = ['sexual_exploitation', 'forced_labour', 'commission_of_crime', 'begging', 'slavery', 'servitude', 'organ_trade', 'forced_marriage'];

/** A small deterministic generator, so one fast-check seed gives one whole edition. */
const lcg = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const editionArb = fc.record({
  from: fc.integer({ min: 2000, max: 2030 }),
  years: fc.integer({ min: 1, max: 15 }),
  countries: fc.subarray(COUNTRIES, { minLength: 0, maxLength: 40 }),
  purposes: fc.subarray(PURPOSES, { minLength: 1, maxLength: 8 }),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
  /** Largest figure of a year: small editions and ones reaching 1,000,000. */
  scale: fc.constantFrom(10, 1000, 1_000_000),
  lang: fc.constantFrom<Lang>('sl', 'en'),
});

type Params = typeof editionArb extends fc.Arbitrary<infer T> ? T : never;

function yearsOf(p: Params): SyntheticYear[] {
  const rnd = lcg(p.seed);
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  const status = (): Status => (rnd() < 0.2 ? 'inferred' : 'published');
  const breakdown = (total: number, keys: readonly string[]) => {
    const known = keys.length === 0 ? 0 : rnd() < 0.25 ? int(total) : total;
    const rows = split(known, keys.map(() => int(9))).map((v, i): [string, number, Status] => [keys[i]!, v, status()]).filter(([, v]) => v > 0);
    if (total - known > 0 || (keys.length === 0 && total > 0)) rows.push(['unpublished', total - known, 'unpublished']);
    return rows;
  };
  return Array.from({ length: p.years }, (_, i) => {
    const total = rnd() < 0.15 ? 0 : int(p.scale);
    const [women, men, children] = split(total, [int(5), int(5), int(5)]);
    const figure = () => int(Math.min(p.scale, 333_333));
    return {
      year: p.from + i,
      women: women!,
      men: men!,
      children: children!,
      assistance: [figure(), figure(), figure()],
      prosecution: [figure(), figure(), figure()],
      purposes: breakdown(total, p.purposes),
      countries: breakdown(total, p.countries),
    };
  });
}

const rowsOf = (years: SyntheticYear[], pick: (y: SyntheticYear) => [string, number, Status][]): BreakdownRow[] =>
  years.flatMap((y) => pick(y).map(([key, victims, status]) => ({ year: y.year, key, victims, status })));

/** Every figure of `years` is in the PDF: table cells and totals as page words, breakdowns in the alt text. */
async function expectEveryFigure(bytes: Buffer, years: SyntheticYear[], lang: Lang, size: string): Promise<void> {
  const pdf = await readPdf(bytes);
  const words = new Set(pdf.pages.flatMap((page) => page.text.split(/\s+/)));
  const alts = pdf.pages.flatMap(flattenStruct).filter((node) => node.role === 'Figure').map((node) => node.alt ?? '').join('\n');
  // Country names as the edition's publication.yaml (the leaflet's) gives them, else the ISO list's.
  const fmt = formatterFor(lang, (parse(readFileSync(join(EDITION, 'publication.yaml'), 'utf8')) as { countries?: CountryNames }).countries);
  const n = fmt.number;
  // Tables: every cell, as the language writes it, is a word of the page text.
  for (const y of years) {
    for (const v of [...VICTIM_GROUPS.map((g) => y[g]), ...y.assistance, ...y.prosecution]) expect(words, `${size}: ${n(v)} (${y.year})`).toContain(n(v));
  }
  for (const [i] of ASSISTANCE_KINDS.entries()) expect(words, size).toContain(n(years.reduce((s, y) => s + y.assistance[i]!, 0)));
  for (const [i] of PROSECUTION_STAGES.entries()) expect(words, size).toContain(n(years.reduce((s, y) => s + y.prosecution[i]!, 0)));
  // Breakdowns: named categories per year, grouped ones over the period, in the alt text.
  for (const [rows, name] of [
    [rowsOf(years, (y) => y.countries), (k: string) => fmt.country(k)],
    [rowsOf(years, (y) => y.purposes), (k: string) => purposeNames(lang)[k]!],
  ] as const) {
    const { named, grouped } = breakdownGroups(rows);
    for (const r of rows.filter((r) => named.includes(r.key))) expect(alts, `${size}: ${r.key} ${r.year}`).toContain(`${name(r.key)}: ${n(r.victims)}`);
    for (const g of grouped) expect(alts, `${size}: grouped ${g.key}`).toContain(`${name(g.key)}: ${n(g.victims)}`);
  }
}

describe('random valid editions', () => {
  it('build at A4 and A5 with every figure in the tables or the alt text of both', async () => {
    await fc.assert(
      fc.asyncProperty(editionArb, async (p) => {
        const years = yearsOf(p);
        const built = await buildPublication(syntheticEdition(years), { langs: [p.lang], sizes: ['a4', 'a5'] }, buildEnv);
        expect(built.map((b) => b.size)).toEqual(['a4', 'a5']);
        for (const b of built) await expectEveryFigure(b.pdf, years, p.lang, b.size);
        // The page policy, judged on the pages as laid out: the page count always (A4 even, A5 a
        // multiple of 4); the fills (75 %, 40 % before the back page) for every edition with any
        // victims. One with none may have too little to fill an A5 booklet of eight pages (its
        // charts are empty and do not grow) and too much for four: its shortfall is then told
        // page by page (the README says so).
        const victims = years.reduce((s, y) => s + y.women + y.men + y.children, 0);
        for (const b of built) {
          const where = `${b.fileName} ${JSON.stringify({ ...p, countries: p.countries.length, purposes: p.purposes.length })}`;
          expect(b.pages % (b.size === 'a5' ? 4 : 2), where).toBe(0);
          if (victims > 0) expect(b.composition.unmet, where).toEqual([]);
          else for (const u of b.composition.unmet) expect(u, where).toMatch(/^page \d+ of \d+ is filled to \d+ %/);
        }
      }),
      RUNS,
    );
  }, 300_000);
});
