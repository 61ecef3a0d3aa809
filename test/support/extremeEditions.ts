/**
 * The two extreme editions whose pages are compared with reviewed reference images: the
 * largest the issue asks for (15 years, 40 countries, 8 purposes, figures to 1,000,000)
 * and the smallest (one year, no victims, no countries). Each is built in the language and
 * page size pairs below, so both languages and both sizes are seen. Their tables are in
 * `test/fixtures/<name>` (written by `scripts/make-extreme-editions.ts`).
 */
import { join } from 'node:path';
import { buildPublication } from '../../src/pipeline.js';
import type { PageSize } from '../../src/model/Theme.js';
import type { Lang } from '../../src/model/Edition.js';
import { buildEnv, REFERENCE_DIR } from './buildDefault.js';
import { fixtureEdition } from './syntheticEdition.js';

export const EXTREME_EDITIONS: { name: string; builds: [Lang, PageSize][] }[] = [
  { name: 'large-2010-2024', builds: [['sl', 'a4'], ['en', 'a5']] },
  { name: 'small-2024', builds: [['en', 'a4'], ['sl', 'a5']] },
];

export async function buildExtreme(name: string, lang: Lang, size: PageSize): Promise<Buffer> {
  const [built] = await buildPublication(fixtureEdition(name), { langs: [lang], sizes: [size] }, buildEnv);
  return built!.pdf;
}

export const extremeReferenceDir = (name: string) => join(REFERENCE_DIR, name);
export const extremeReferencePath = (name: string, lang: Lang, size: PageSize, page: number) =>
  join(extremeReferenceDir(name), `${lang}-${size}-page${page}.png`);
