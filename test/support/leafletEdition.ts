/** An edition folder read and validated for the leaflet, as `build` does it. */
import { join } from 'node:path';
import type { FontSet } from '../../src/fonts/FontSet.js';
import { checkGlyphs } from '../../src/validate/checkGlyphs.js';
import { ROOT } from './editionFixture.js';
import type { Edition } from '../../src/model/Edition.js';
import { PUBLICATIONS } from '../../src/publications/index.js';
import type { Figures } from '../../src/publications/leaflet/Figures.js';
import { leaflet } from '../../src/publications/leaflet/index.js';
import type { RawEdition } from '../../src/read/RawEdition.js';
import { readEdition } from '../../src/read/readEdition.js';
import { validateEdition } from '../../src/validate/validateEdition.js';

/** The folder's files as the leaflet reads them (its CSV files, publication.yaml, the texts). */
export const readLeaflet = (dir: string): RawEdition => readEdition(dir, leaflet.tables);

/** The folder's edition, validated with the texts' keys of every publication. */
export const validateLeaflet = (raw: RawEdition): Edition<Figures> => validateEdition(raw, leaflet, PUBLICATIONS);

export const leafletEdition = (dir: string): Edition<Figures> => validateLeaflet(readLeaflet(dir));

/** What the pipeline gives the template engine for the leaflet in `lang`. */
export const leafletTemplate = (edition: Edition<Figures>, lang: string) => ({
  dir: join(ROOT, leaflet.templates.dir),
  main: leaflet.templates.main,
  values: leaflet.values(edition, lang),
  context: leaflet.context(edition, lang),
});

/** The glyph check `build` runs on the leaflet: its texts, citations, contacts and the country names it prints. */
export const checkLeafletGlyphs = (edition: Edition<Figures>, fonts: FontSet): void => checkGlyphs(edition, fonts, leaflet.countries!(edition.figures));
