/** Where the command line finds its fonts, templates and default edition; the build's environment. */
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { loadFontSet } from '../fonts/FontSet.js';
import type { BuildEnv } from '../pipeline.js';
import { iccProblem } from '../paint/pdfx.js';
import { themes } from '../theme.js';
import type { Lang } from '../validate/Edition.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_EDITION = join(ROOT, 'data/thb-slovenia-2019-2024');
export const DEFAULT_OUT = join(ROOT, 'output');
export const SCHEMAS_DIR = join(ROOT, 'schemas');

const LANGS: readonly Lang[] = ['sl', 'en'];

export function buildEnv(): BuildEnv {
  return { fonts: loadFontSet(join(ROOT, 'fonts')), themes, templatesDir: join(ROOT, 'templates') };
}

export const parseLangs = listOf(LANGS, 'language');

/** A comma-separated list of values from `allowed`, each named in the error if it is not. */
export function listOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T[] => {
    // Each once: `--variant screen,screen` builds one screen file.
    const items = [...new Set(value.split(',').map((l) => l.trim()))];
    for (const l of items) {
      if (!allowed.includes(l as T)) throw new InvalidArgumentError(`"${l}" is not a ${what} (${allowed.join(', ')}).`);
    }
    return items as T[];
  };
}

export function parseBleed(value: string): number {
  const mm = Number(value);
  if (value.trim() === '' || !Number.isFinite(mm) || mm < 0 || mm > 20) throw new InvalidArgumentError(`"${value}" is not a bleed in mm (0 to 20).`);
  return mm;
}

/** The print shop's ICC profile, checked to be a CMYK output profile. */
export function readProfile(value: string): { profile: Buffer; name: string } {
  let profile: Buffer;
  try {
    profile = readFileSync(value);
  } catch {
    throw new InvalidArgumentError(`${value}: cannot read this file.`);
  }
  const problem = iccProblem(profile);
  if (problem) throw new InvalidArgumentError(`${value} ${problem}.`);
  return { profile, name: basename(value).replace(/\.ic[cm]$/i, '') };
}
