/** Where the command line finds its fonts, templates and default edition; the build's environment. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError } from 'commander';
import { loadFontSet } from '../fonts/FontSet.js';
import type { BuildEnv } from '../pipeline.js';
import { defaultTheme } from '../theme.js';
import type { Lang } from '../validate/Edition.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_EDITION = join(ROOT, 'data/thb-slovenia-2019-2024');
export const DEFAULT_OUT = join(ROOT, 'output');
export const SCHEMAS_DIR = join(ROOT, 'schemas');

const LANGS: readonly Lang[] = ['sl', 'en'];

export function buildEnv(): BuildEnv {
  return { fonts: loadFontSet(join(ROOT, 'fonts')), theme: defaultTheme, templatesDir: join(ROOT, 'templates') };
}

export function parseLangs(value: string): Lang[] {
  const langs = value.split(',').map((l) => l.trim());
  for (const l of langs) {
    if (!LANGS.includes(l as Lang)) throw new InvalidArgumentError(`"${l}" is not a language (${LANGS.join(', ')}).`);
  }
  return langs as Lang[];
}
