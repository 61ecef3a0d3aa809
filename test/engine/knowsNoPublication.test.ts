/**
 * The engine knows no publication: no file under src/ outside src/publications/ names a
 * publication's id, tables, charts or text keys (quoted, as a file, or as a key path), in
 * code or in comments. A publication's names are taken from the publications themselves,
 * so a new one is covered as it is registered.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/editionFixture.js';
import { namings, publicationNames } from '../support/publicationNames.js';

function engineFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return path.endsWith(join('src', 'publications')) ? [] : engineFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine', () => {
  const names = publicationNames();

  it('finds a publication name where one is written (the check can fire)', () => {
    expect(names).toEqual(expect.arrayContaining(['leaflet', 'victims', 'origin-named', 'services']));
    expect(namings("const t = raw.tables['victims'];", names)).toEqual(['victims']);
    expect(namings('// reads victims.csv and services.heading', names)).toEqual(['victims', 'services']);
    expect(namings("join(root, 'templates/leaflet')", names)).toEqual(['leaflet']);
    expect(namings('the origin of the coordinate system', names)).toEqual([]);
  });

  it('names no publication, table, chart or text key of one outside src/publications', () => {
    const hits = engineFiles(join(ROOT, 'src')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => namings(line, names).map((n) => `${relative(ROOT, file)}:${i + 1}: ${n}`)),
    );
    expect(hits).toEqual([]);
  });
});
