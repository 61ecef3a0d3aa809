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
import { readEdition } from '../../src/read/readEdition.js';
import { renderTemplate } from '../../src/template/renderTemplate.js';
import { themes, type PageSize } from '../../src/theme.js';
import { pagePolicies } from '../../src/pagePolicies.js';
import type { Lang } from '../../src/validate/Edition.js';
import { validateEdition } from '../../src/validate/validateEdition.js';
import { EDITION, ROOT } from './editionFixture.js';

export const variantEnv: BuildEnv = { fonts: loadFontSet(join(ROOT, 'fonts')), themes, policies: pagePolicies, templatesDir: join(ROOT, 'templates') };

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
  const edition = validateEdition(readEdition(dir));
  const tree = parseMarkup(renderTemplate(edition, lang, { templatesDir: variantEnv.templatesDir }));
  return layOut(edition, lang, tree, themes[size], variantEnv);
}
