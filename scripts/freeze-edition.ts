/**
 * Copies the live edition into the frozen edition the tests build
 * (`test/fixtures/edition-2019-2024`), replacing what was there:
 *
 *   npm run freeze-edition
 *
 * Run it only when the office has changed its texts or figures deliberately and the tests
 * should follow: then review what fails (names, figures, line numbers the tests expect),
 * refresh the reference images (`npm run refresh-references`), view them and commit all
 * together. The only change made in copying is each YAML file's `$schema=` first line,
 * which must reach `schemas/` from the fixture's folder.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const LIVE = join(ROOT, 'data/thb-slovenia-2019-2024');
const FROZEN = join(ROOT, 'test/fixtures/edition-2019-2024');

rmSync(FROZEN, { recursive: true, force: true });
mkdirSync(FROZEN, { recursive: true });
for (const file of readdirSync(LIVE)) {
  if (!file.endsWith('.yaml')) {
    copyFileSync(join(LIVE, file), join(FROZEN, file));
    continue;
  }
  const text = readFileSync(join(LIVE, file), 'utf8');
  const schemaLine = /^(# yaml-language-server: \$schema=)(.*)$/m;
  writeFileSync(join(FROZEN, file), text.replace(schemaLine, (_, head: string, path: string) => `${head}${relative(FROZEN, join(ROOT, 'schemas', basename(path)))}`));
}
console.log(`${relative(ROOT, FROZEN)}: ${readdirSync(FROZEN).length} files copied from ${relative(ROOT, LIVE)}`);
