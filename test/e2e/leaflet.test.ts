/**
 * Both editions built end to end and read back through pdf.js, as a reader's software
 * would: every section and figure of the source leaflet, in reading order; the structure
 * tree; working links; embedded, subset fonts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltPdf } from '../../src/pipeline.js';
import { build } from '../support/buildDefault.js';
import { editionWith, setLine } from '../support/editionFixture.js';
import { flattenStruct, type FlatStructNode } from '../support/flattenStruct.js';
import { readPdf, type ReadPdf } from '../support/pdf.js';

/** Text without spaces and hyphens, so line breaks and hyphenation do not matter. */
const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '').toLowerCase();

/** Fails naming the first expected text that is missing or out of order. */
function expectInOrder(pdf: ReadPdf, expected: string[]): void {
  const text = squash(pdf.pages.map((p) => p.text).join(' '));
  let from = 0;
  for (const e of expected) {
    const at = text.indexOf(squash(e), from);
    expect(at, `"${e}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + squash(e).length;
  }
}

const allStruct = (pdf: ReadPdf): FlatStructNode[] => pdf.pages.flatMap((p) => flattenStruct(p));

// What the source leaflet (shared/source/thb-slovenia-2019-2024.txt) prints, in its order.
const ENGLISH = [
  'Trafficking in Human Beings in Slovenia',
  '2019–2024',
  'Forms of human trafficking',
  'forced prostitution and other forms of sexual abuse',
  'trafficking in children',
  'Trafficking in children',
  'exploitation for service in the military or armed conflicts',
  'serious violation of fundamental rights and a serious form of crime',
  'Article 113 of the Criminal Code of the Republic of Slovenia defines',
  'Number of recognised victims of human trafficking in Slovenia',
  'Year 2019 2020 2021 2022 2023 2024 Total',
  'Women 6 27 39 3 21 17 113',
  'Men 1 0 1 0 0 0 2',
  'Children 0 0 0 2 0 0 2',
  'Total 7 27 40 5 21 17 117',
  'Trafficking victims by purpose of exploitation (2019–2024)',
  'Trafficking victims by country of origin (2019–2024)',
  'Providing assistance to trafficking victims',
  'Victims in crisis accommodation 4 0 2 9 2 6 23',
  'Victims in safe accommodation 2 2 2 9 0 5 20',
  'Victims in reintegration programme 6 3 4 8 10 9 40',
  'Assistance and protection of victims of trafficking in human beings',
  'recovery and reflection period',
  'assistance to the victims in returning to their homeland',
  'Number of suspects, accused and convicted',
  '2019 14 9 4',
  '2022 25 0 0',
  'Total 85 24 9',
  '85 Suspects',
  '24 Accused',
  '9 Convicted',
  'Interministerial Working Group for Combating Trafficking in Human Beings (IWG THB)',
  'legislation',
  'cooperation with regional and international organisations',
  'the Specialized State Prosecutor’s Office, and the National Assembly',
  // The back page: where to get help.
  'Where to get help',
  'Services providing assistance to trafficking victims in Slovenia',
  'Police',
  '113',
  '080 12 00',
  'https://e-uprava.gov.si/si/podrocja/drzava-druzba/kazniva-dejanja/prijava-trgovine-z-ljudmi',
  'Ključ Society – Centre for Combating Trafficking in Human Beings',
  '080 17 22',
  '9:00–13:00',
  'info@drustvo-kljuc.si',
  'www.drustvo-kljuc.si',
  'Caritas Slovenia',
  '+386 1 300 59 60',
  '+386 31 470 151',
  'info@karitas.si',
  'Slovene Philanthropy – Association for Promotion of Volunteering',
  '+386 1 430 12 88',
  'info@filantropija.org',
  'Report or read more online',
  'Anonymous online reporting form of the Police',
  'National anti-trafficking coordinator',
  'Gregor Hudrič, PhD',
  'Ministry of the Interior',
  '+386 1 428 47 21',
  'gregor.hudric@gov.si',
  'https://www.gov.si/en/registries/projects/combating-trafficking-in-human-beings/',
];

const SLOVENIAN = [
  'Trgovina z ljudmi v Sloveniji',
  'Oblike trgovine z ljudmi',
  'Trgovina z otroki',
  '113. člen Kazenskega zakonika Republike Slovenije (KZ-1)',
  'Število prepoznanih žrtev trgovine z ljudmi v Sloveniji',
  'Ženske 6 27 39 3 21 17 113',
  'Skupaj 7 27 40 5 21 17 117',
  'Žrtve v krizni namestitvi 4 0 2 9 2 6 23',
  'Skupaj 85 24 9',
  'Medresorska delovna skupina za boj proti trgovini z ljudmi (MDS TZL)',
  'Specializiranega državnega tožilstva',
  'Kje poiskati pomoč',
  'Policija',
  'Društvo Ključ – Center za boj proti trgovini z ljudmi',
  'Slovenska karitas',
  'Slovenska filantropija – Združenje za promocijo prostovoljstva',
  'Prijava in informacije na spletu',
  'dr. Gregor Hudrič',
  'https://www.gov.si/zbirke/projekti-in-programi/boj-proti-trgovini-z-ljudmi/',
];

describe('the leaflet, end to end', () => {
  let built: BuiltPdf[];
  const pdfs: Record<string, ReadPdf> = {};

  beforeAll(async () => {
    built = await build();
    for (const b of built) pdfs[b.lang] = await readPdf(b.pdf);
  });

  it('builds both languages under names that carry the period', () => {
    expect(built.map((b) => b.fileName)).toEqual(['thb-slovenia-2019-2024-sl.pdf', 'thb-slovenia-2019-2024-en.pdf']);
    for (const b of built) expect(b.pages).toBe(pdfs[b.lang]!.pageCount);
  });

  it('prints every section, figure and contact of the English source, in reading order', () => {
    expectInOrder(pdfs.en!, ENGLISH);
  });

  it('prints the Slovenian edition with the official names, in reading order', () => {
    expectInOrder(pdfs.sl!, SLOVENIAN);
  });

  it('says what is not published and marks the two charts provisional, citing their sources', () => {
    const text = squash(pdfs.en!.pages.map((p) => p.text).join(' '));
    expect(text.match(/provisionalfigures/g)).toHaveLength(2);
    expect(text).toContain(squash('Breakdown not published'));
    expect(text).toContain(squash('Sources: gov.si, Combating trafficking in human beings'));
  });

  it('is tagged, titled and in the edition’s language', () => {
    for (const [lang, title] of [
      ['en', 'Trafficking in Human Beings in Slovenia (2019–2024)'],
      ['sl', 'Trgovina z ljudmi v Sloveniji (2019–2024)'],
    ] as const) {
      const pdf = pdfs[lang]!;
      expect(pdf.tagged).toBe(true);
      expect(pdf.info.Title).toBe(title);
      expect(pdf.info.Language).toBe(lang === 'en' ? 'en-GB' : 'sl-SI');
      expect(pdf.viewerPreferences.DisplayDocTitle).toBe(true);
    }
  });

  it('has a structure tree with headings, lists, tables, figures with data alt text, and links', () => {
    const nodes = allStruct(pdfs.en!);
    const roles = new Set(nodes.map((n) => n.role));
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure', 'Link']) expect(roles).toContain(role);
    const figures = nodes.filter((n) => n.role === 'Figure');
    // Five charts and the back page's two QR codes, each described by its caption.
    expect(figures).toHaveLength(7);
    expect(figures.filter((f) => /^(Anonymous online reporting form|The programme’s website)/.test(f.alt ?? ''))).toHaveLength(2);
    const victims = figures.find((f) => f.alt?.includes('2019') && f.alt.includes('117'));
    expect(victims, 'a figure whose alt text gives the yearly values and total').toBeDefined();
    expect(nodes.find((n) => n.role === 'H1')?.text).toBe('Trafficking in Human Beings in Slovenia');
  });

  it('makes every e-mail, telephone number and web address a working link', () => {
    const urls = pdfs.en!.pages.flatMap((p) => p.annotations.map((a) => a.url));
    for (const url of [
      'mailto:info@drustvo-kljuc.si',
      'mailto:info@karitas.si',
      'mailto:info@filantropija.org',
      'mailto:gregor.hudric@gov.si',
      'tel:113',
      'tel:0801200',
      'tel:0801722',
      'tel:+38613005960',
      'tel:+38631470151',
      'tel:+38614301288',
      'tel:+38614284721',
      'https://e-uprava.gov.si/si/podrocja/drzava-druzba/kazniva-dejanja/prijava-trgovine-z-ljudmi',
      'https://www.gov.si/zbirke/projekti-in-programi/boj-proti-trgovini-z-ljudmi/',
      'https://www.gov.si/en/registries/projects/combating-trafficking-in-human-beings/',
    ]) {
      expect(urls).toContain(url);
    }
  });

  it('uses only embedded, subset fonts', () => {
    const fonts = new Set(Object.values(pdfs).flatMap((p) => p.pages.flatMap((pg) => pg.fonts)));
    expect(fonts.size).toBeGreaterThan(0);
    for (const name of fonts) expect(name).toMatch(/^[A-Z]{6}\+SourceSans3/);
  });

  it('follows one changed cell into the table, the totals, the big numbers and the chart', async () => {
    // 2023 suspects: 16 → 20, so total suspects 85 → 89.
    const [changed] = await build(editionWith({ 'prosecution.csv': setLine(6, '2023,20,3,0') }), ['en']);
    const pdf = await readPdf(changed!.pdf);
    expectInOrder(pdf, ['Number of suspects, accused and convicted', '2023 20 3 0', 'Total 89 24 9', '89 Suspects']);
    const before = allStruct(pdfs.en!).filter((n) => n.role === 'Figure').map((f) => f.alt);
    const after = allStruct(pdf).filter((n) => n.role === 'Figure').map((f) => f.alt);
    const changedAlt = after.filter((alt) => !before.includes(alt));
    expect(changedAlt).toHaveLength(1);
    expect(changedAlt[0]).toMatch(/20/);
  });
});
