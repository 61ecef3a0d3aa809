/**
 * Editions made from figures alone: CSV tables written from `SyntheticYear`s, beside the
 * frozen edition's texts and publication (`EDITION`; copied, never committed twice, so they
 * cannot go stale). The property tests and the extreme reference editions
 * (`scripts/make-extreme-editions.ts`, tables in `test/fixtures/`) are made with it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDITION, ROOT } from './editionFixture.js';

const TEXT_FILES = ['text.sl.yaml', 'text.en.yaml', 'publication.yaml'];

export type Status = 'published' | 'inferred' | 'unpublished';

export interface SyntheticYear {
  year: number;
  women: number;
  men: number;
  children: number;
  assistance: [number, number, number];
  prosecution: [number, number, number];
  /** Victims by purpose key (`unpublished` allowed); must add up to the year's victims. */
  purposes: [key: string, victims: number, status: Status][];
  /** Victims by ISO country code (`unpublished` allowed); must add up to the year's victims. */
  countries: [code: string, victims: number, status: Status][];
}

/** A temporary edition folder: these figures with the frozen edition's texts. */
export function syntheticEdition(years: readonly SyntheticYear[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-synthetic-'));
  writeTables(dir, years);
  for (const file of TEXT_FILES) cpSync(join(EDITION, file), join(dir, file));
  return dir;
}

/** A temporary edition folder: the tables of `test/fixtures/<name>` with the frozen edition's texts. */
export function fixtureEdition(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `factsheet-${name}-`));
  const tables = join(ROOT, 'test/fixtures', name);
  for (const file of readdirSync(tables)) cpSync(join(tables, file), join(dir, file));
  for (const file of TEXT_FILES) cpSync(join(EDITION, file), join(dir, file));
  return dir;
}

/** Writes the CSV tables of an edition into `dir` (emptied first). */
export function writeTables(dir: string, years: readonly SyntheticYear[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const csv = (header: string, rows: (string | number)[][]) => `${header}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
  writeFileSync(join(dir, 'victims.csv'), csv('year,women,men,children', years.map((y) => [y.year, y.women, y.men, y.children])));
  writeFileSync(join(dir, 'assistance.csv'), csv('year,crisis_accommodation,safe_accommodation,reintegration_programme', years.map((y) => [y.year, ...y.assistance])));
  writeFileSync(join(dir, 'prosecution.csv'), csv('year,suspects,accused,convicted', years.map((y) => [y.year, ...y.prosecution])));
  writeFileSync(join(dir, 'exploitation.csv'), csv('year,purpose,victims,status', years.flatMap((y) => y.purposes.map((p) => [y.year, ...p]))));
  writeFileSync(join(dir, 'origin.csv'), csv('year,country,victims,status', years.flatMap((y) => y.countries.map((c) => [y.year, ...c]))));
  writeFileSync(join(dir, 'origin-named.csv'), 'year,country\n');
}

/** Splits `total` over `n` parts by fixed weights (the remainder to the first part). */
export function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}
