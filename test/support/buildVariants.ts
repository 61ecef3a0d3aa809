/**
 * The frozen edition built in memory in the sizes and variants a test asks for, and laid out
 * without painting: what the variant tests read back.
 */
import { join } from 'node:path';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import type { LaidOutDocument } from '../../src/layout/Page.js';
import { parseMarkup } from '../../src/markup/parseMarkup.js';
import type { Variant } from '../../src/paint/Output.js';
import { buildPublication, layOut, type BuildEnv } from '../../src/pipeline.js';
import { renderTemplate } from '../../src/template/renderTemplate.js';
import { type PageSize } from '../../src/model/Theme.js';
import { PUBLICATIONS } from '../../src/publications/index.js';
import { leaflet } from '../../src/publications/leaflet/index.js';
import { themes } from '../../src/publications/leaflet/themes.js';
import type { Lang } from '../../src/model/Edition.js';
import { EDITION, ROOT } from './editionFixture.js';
import { leafletTemplate, readLeaflet, validateLeaflet } from './leafletEdition.js';

export const variantEnv: BuildEnv = { fonts: loadFontSet(join(ROOT, 'fonts')), publication: leaflet, publications: PUBLICATIONS, root: ROOT };

/** The bleed the variant tests build with, mm. */
export const BLEED_MM = 3;

/** File bytes by `<size>-<variant>`, e.g. `a5-print`. */
export type Built = Record<`${PageSize}-${Variant}`, Buffer>;

export async function buildVariants(sizes: PageSize[], variants: Variant[], lang: Lang = 'en'): Promise<Partial<Built>> {
  const built = await buildPublication(EDITION, { langs: [lang], sizes, variants, bleedMm: BLEED_MM }, variantEnv);
  return Object.fromEntries(built.map((b) => [`${b.size}-${b.variant}`, b.pdf]));
}

/** The pages layout places for one size, as every exporter receives them (of the frozen edition, or the one in `dir`). */
export async function layOutEdition(size: PageSize, lang: Lang = 'en', dir = EDITION): Promise<LaidOutDocument> {
  const edition = validateLeaflet(readLeaflet(dir));
  const tree = parseMarkup(renderTemplate(edition, lang, leafletTemplate(edition, lang)));
  return layOut(edition, lang, tree, themes[size]!, variantEnv);
}
