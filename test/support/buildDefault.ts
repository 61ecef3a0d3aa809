import { join } from 'node:path';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { buildPublication, type BuildEnv, type BuiltPdf } from '../../src/pipeline.js';
import { PUBLICATIONS } from '../../src/publications/index.js';
import { leaflet } from '../../src/publications/leaflet/index.js';
import type { Lang } from '../../src/model/Edition.js';
import { EDITION, ROOT } from './editionFixture.js';

export const fonts = loadFontSet(join(ROOT, 'fonts'));
export const buildEnv: BuildEnv = { fonts, publication: leaflet, publications: PUBLICATIONS, root: ROOT };

/** Builds an edition folder (the frozen one by default) in memory, as the CLI does with no options: A4, screen. */
export function build(dir = EDITION, langs?: Lang[]): Promise<BuiltPdf[]> {
  return buildPublication(dir, { langs }, buildEnv);
}

/** Page images are compared at this resolution: enough to see layout, small to store. */
export const REFERENCE_DPI = 40;
export const REFERENCE_DIR = join(ROOT, 'test/e2e/reference');
export const referencePath = (lang: string, page: number) => join(REFERENCE_DIR, `${lang}-page${page}.png`);
