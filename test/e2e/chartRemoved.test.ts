/**
 * The engine draws the charts the markup places, and only those: a leaflet template with
 * any one chart reference removed still builds, with one Figure fewer; a reference to a
 * chart the leaflet does not have is a problem of the template file.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/Problem.js';
import { leaflet } from '../../src/publications/leaflet/index.js';
import { buildPublication } from '../../src/pipeline.js';
import { templateMessages } from '../../src/template/messages.js';
import { buildEnv } from '../support/buildDefault.js';
import { EDITION, ROOT } from '../support/editionFixture.js';

/** A project folder whose leaflet template is the real one edited by `edit`. */
function projectWith(edit: (template: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'factsheet-root-'));
  cpSync(join(ROOT, leaflet.templates.dir), join(root, leaflet.templates.dir), { recursive: true });
  symlinkSync(join(ROOT, 'fonts'), join(root, 'fonts'));
  const file = join(root, leaflet.templates.dir, leaflet.templates.main);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
}

const figures = (pdf: Buffer) => pdf.toString('latin1').match(/\/S \/Figure\b/g)?.length ?? 0;

describe('charts the template places', () => {
  // The template as it is: one Figure per chart and QR code.
  const whole = buildPublication(EDITION, { langs: ['en'] }, buildEnv).then(([built]) => figures(built!.pdf));

  it.each(leaflet.charts!.ids)('builds without the %s chart, one Figure fewer', async (id) => {
    const root = projectWith((t) => t.replace(new RegExp(`\\s*<chart ref="${id}"/>`), ''));
    const [without] = await buildPublication(EDITION, { langs: ['en'] }, { ...buildEnv, root });
    expect(figures(without!.pdf)).toBe((await whole) - 1);
  });

  it('names the template file for a chart the publication does not have', async () => {
    const root = projectWith((t) => t.replace('<chart ref="origin"/>', '<chart ref="orgin"/>'));
    const build = buildPublication(EDITION, { langs: ['en'] }, { ...buildEnv, root });
    await expect(build).rejects.toThrow(InputError);
    await expect(build).rejects.toThrow(`${join(leaflet.templates.dir, leaflet.templates.main)}: chart orgin: ${templateMessages.unknownChart('orgin', 'leaflet', leaflet.charts!.ids)}`);
  });
});
