/**
 * Country names as official texts write them, through the compiled command line (whose
 * bundle registers only the Slovenian and English names of i18n-iso-countries): from the
 * ISO list, and from `publication.yaml`'s `countries` where the house style differs.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionWith, setLine } from '../support/editionFixture.js';
import { factsheet } from '../support/factsheetCli.js';
import { readPdf, type ReadPdf } from '../support/pdf.js';

/** Every text item of the file (chart legends are one item per name). */
const items = (pdf: ReadPdf) => pdf.pages.flatMap((p) => p.items.map((i) => i.str));

describe('country names in the built PDFs (bin/factsheet)', () => {
  const pdfs: Record<string, ReadPdf> = {};

  beforeAll(async () => {
    const edition = editionWith({
      // CD takes Vietnam's 4 victims of 2019, so it is a chart category with a legend entry.
      'origin.csv': setLine(2, '2019,CD,4,published'),
      // MK and CG are only named; the leaflet's publication.yaml gives both a house-style name.
      'origin-named.csv': (t) => `${t.trimEnd()}\n2024,MK\n2024,CG\n`,
    });
    const out = mkdtempSync(join(tmpdir(), 'factsheet-countries-'));
    const run = factsheet('build', '--edition', edition, '--out', out);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    for (const lang of ['sl', 'en']) pdfs[lang] = await readPdf(new Uint8Array(readFileSync(join(out, `thb-slovenia-2019-2024-${lang}.pdf`))));
  }, 60_000);

  it('prints the ISO list’s name in each language, not CLDR’s “Congo - Kinshasa”', () => {
    expect(items(pdfs.en!)).toContain('Democratic Republic of the Congo');
    expect(items(pdfs.sl!)).toContain('Demokratična republika Kongo');
    for (const lang of ['sl', 'en']) expect(items(pdfs[lang]!).join(' ')).not.toMatch(/Kinshasa/);
  });

  it('prints the publication’s own name where it gives one, in that language only', () => {
    const en = pdfs.en!.pages.map((p) => p.text).join(' ');
    const sl = pdfs.sl!.pages.map((p) => p.text).join(' ');
    expect(en).toMatch(/North\s+Macedonia/);
    expect(en).not.toMatch(/The Republic of North/);
    expect(sl).toMatch(/Republika\s+Kongo/);
    expect(sl).not.toMatch(/Brazzaville/);
    // English gives CG no name of its own: the list's.
    expect(en).toMatch(/Republic\s+of\s+the\s+Congo/);
  });
});
