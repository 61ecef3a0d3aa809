import { join } from 'node:path';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { buildPublication, type BuildEnv, type BuiltPdf } from '../../src/pipeline.js';
import { themes } from '../../src/theme.js';
import { pagePolicies } from '../../src/pagePolicies.js';
import type { Lang } from '../../src/validate/Edition.js';
import { EDITION, ROOT } from './editionFixture.js';

export const fonts = loadFontSet(join(ROOT, 'fonts'));
export const buildEnv: BuildEnv = { fonts, themes, policies: pagePolicies, templatesDir: join(ROOT, 'templates') };

/** Builds an edition folder (the frozen one by default) in memory, as the CLI does with no options: A4, screen. */
export function build(dir = EDITION, langs?: Lang[]): Promise<BuiltPdf[]> {
  return buildPublication(dir, { langs }, buildEnv);
}

/** Page images are compared at this resolution: enough to see layout, small to store. */
export const REFERENCE_DPI = 40;
export const REFERENCE_DIR = join(ROOT, 'test/e2e/reference');
export const referencePath = (lang: string, page: number) => join(REFERENCE_DIR, `${lang}-page${page}.png`);
