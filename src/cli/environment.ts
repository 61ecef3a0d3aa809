/** Where the command line finds its fonts, templates and default edition; the build's environment. */
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import { loadFontSet, type FontSet } from '../fonts/FontSet.js';
import type { BuildEnv } from '../pipeline.js';
import { iccProblem } from '../paint/pdfx.js';
import { LANGUAGES } from '../model/languages.js';
import { DEFAULT_EDITION, PUBLICATIONS } from '../publications/index.js';
import type { AnyPublication } from '../PublicationModule.js';

let root: string | undefined;

/**
 * The project folder, which holds the fonts, templates and default edition: the nearest
 * folder with a package.json above this code (src/cli, or the bundle in dist/). A startup
 * snapshot keeps the folder it was made in; bin/factsheet.cjs uses it only from there.
 */
export function projectRoot(): string {
  return (root ??= packageFolderAbove(dirname(fileURLToPath(import.meta.url))));
}

function packageFolderAbove(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) throw new Error(`environment: no package.json above ${dir}`);
  }
}

export const defaultEdition = () => join(projectRoot(), DEFAULT_EDITION);
export const defaultOut = () => join(projectRoot(), 'output');
export const schemasDir = () => join(projectRoot(), 'schemas');

/**
 * The fonts are read and parsed once per process, and kept in the startup snapshot: they
 * are parsed again only when the folder's files differ from the ones parsed (names, sizes,
 * modification times), so a replaced font file is never measured from a stale copy.
 */
let fonts: { files: string; set: FontSet } | undefined;

/** The environment of a build of `publication` (the default publication unless named). */
export function buildEnv(publication: AnyPublication = PUBLICATIONS[0]!): BuildEnv {
  const dir = join(projectRoot(), 'fonts');
  const files = fontFilesSignature(dir);
  if (fonts?.files !== files) fonts = { files, set: loadFontSet(dir) };
  return { fonts: fonts.set, publication, publications: PUBLICATIONS, root: projectRoot() };
}

/** `--product card`: a publication by its id. */
export function parseProduct(value: string): AnyPublication {
  const found = PUBLICATIONS.find((p) => p.id === value);
  if (!found) throw new InvalidArgumentError(`"${value}" is not a publication (${PUBLICATIONS.map((p) => p.id).join(', ')}).`);
  return found;
}

/** `--product`'s help: each publication with what it is, the default first. */
export const productHelp = () => `the publication to build: ${PUBLICATIONS.map((p) => `${p.id} (${p.description})`).join('; ')}`;

function fontFilesSignature(dir: string): string {
  return JSON.stringify(
    readdirSync(dir)
      .sort()
      .map((name) => {
        const { size, mtimeMs } = statSync(join(dir, name));
        return [join(dir, name), size, mtimeMs];
      }),
  );
}

export const parseLangs = listOf(LANGUAGES, 'language');

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
