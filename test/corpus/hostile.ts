/**
 * The hostile-input corpus: the real edition with one thing done to it that an attacker
 * or an unlucky office might do (an alias bomb, thousands of pasted rows, a figure beyond
 * what a number holds, a folder or a link loop where a file should be, a workbook saved
 * under a CSV name), and exactly the problems it must print: first the file's own place,
 * then the wording from the message functions. Lists are as printed, capped per file.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROBLEMS_PER_FILE } from '../../src/model/Problem.js';
import { READ_LIMITS } from '../../src/read/limits.js';
import { readMessages as r } from '../../src/read/messages.js';
import { BOUNDS } from '../../src/validate/bounds.js';
import { validateMessages as v } from '../../src/validate/messages.js';
import { PUBLICATIONS } from '../../src/publications/index.js';
import { textSchemaOf } from '../../src/validate/textSchema.js';
import { EDITION, editionWith, setLine, type FileEdit } from '../support/editionFixture.js';
import { moreProblems } from '../../src/model/Problem.js';

export interface HostileInput {
  name: string;
  edits?: Record<string, FileEdit>;
  /** What is done to the edition folder after the edits: links, folders, pipes. */
  then?: (dir: string) => void;
  /** Every problem printed (file relative to the edition folder), in order. */
  problems: string[];
}

/** The edition of a case, in a fresh folder. */
export function hostileEdition(c: HostileInput): string {
  const dir = editionWith(c.edits ?? {});
  c.then?.(dir);
  return dir;
}

const sub = (from: string, to: string) => (t: string) => {
  if (!t.includes(from)) throw new Error(`hostile corpus: ${from} not found`);
  return t.replace(from, to);
};
const append = (more: string) => (t: string) => t + more;
/** The edition's own file, as the cases change it: lines appended start on the line after its last. */
const own = (file: string) => readFileSync(join(EDITION, file), 'utf8');
const lineAfter = (file: string) => own(file).split('\n').length;
const bytesOf = (file: string) => Buffer.byteLength(own(file));

/** Nine anchors, each a list of nine aliases of the one before: 9^9 strings once expanded. */
export const ALIAS_BOMB = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  .concat([...'bcdefghi'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`))
  .join('\n');

/** Replaces a file with something that is not one (a folder, a link, a pipe). */
const instead = (file: string, make: (path: string) => void) => (dir: string) => {
  rmSync(join(dir, file));
  make(join(dir, file));
};

const MB = 1024 * 1024;
/** CSV rows of the right shape, `bytes` long: a file too large to be any edition's. */
const csvOfSize = (bytes: number) => ('year,women,men,children\n' + '2019,6,1,0\n'.repeat(bytes / 10)).slice(0, bytes);

const pastedYears = (n: number) => append(Array.from({ length: n }, (_, i) => `${3000 + i},1,1,0`).join('\n') + '\n');
const badYears = (n: number) => append(Array.from({ length: n }, (_, i) => `x${i},1,1,0`).join('\n') + '\n');
/** `levels` maps, each the only value of the one before, from the line after the file's last. */
const nested = (levels: number) => append(Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' end\n');

export const HOSTILE: HostileInput[] = [
  // resource limits: YAML
  { name: 'a YAML alias bomb in a text file', edits: { 'text.en.yaml': append(`${ALIAS_BOMB}\n`) }, problems: [`text.en.yaml: ${r.tooManyAliases()}`] },
  { name: 'a publication.yaml nested thousands of lists deep', edits: { 'publication.yaml': append(`x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`) }, problems: [`publication.yaml:${lineAfter('publication.yaml')}: ${r.tooDeep(READ_LIMITS.yamlDepth)}`] },
  { name: 'a publication.yaml nested 25 maps deep', edits: { 'publication.yaml': nested(25) }, problems: [`publication.yaml:${lineAfter('publication.yaml') + READ_LIMITS.yamlDepth}: ${r.tooDeep(READ_LIMITS.yamlDepth)}`] },
  { name: 'a text file larger than any edition’s', edits: { 'text.sl.yaml': append(`# ${'x'.repeat(2 * MB)}\n`) }, problems: [`text.sl.yaml: ${r.tooLarge(bytesOf('text.sl.yaml') + 2 * MB + 3, READ_LIMITS.fileBytes)}`] },
  { name: 'a !!js/function tag', edits: { 'text.en.yaml': sub('total: Total', 'total: !!js/function "function () { return 1 }"') }, problems: [`text.en.yaml:15: ${r.yamlTag('!!js/function')}`] },
  { name: 'a custom YAML tag', edits: { 'publication.yaml': sub('slug: thb-slovenia', 'slug: !include other.yaml') }, problems: [`publication.yaml:4: ${r.yamlTag('!include')}`] },
  { name: 'a !!binary tag', edits: { 'text.en.yaml': sub('total: Total', 'total: !!binary VG90YWw=') }, problems: [`text.en.yaml:15: ${r.yamlTag('!!binary')}`] },
  {
    name: 'a text file of 50,000 unknown keys',
    edits: { 'text.en.yaml': append(Array.from({ length: 50_000 }, (_, i) => `k${i}: x`).join('\n') + '\n') },
    problems: [
      ...Array.from({ length: PROBLEMS_PER_FILE }, (_, i) => `text.en.yaml:${lineAfter('text.en.yaml') + i}: k${i}: ${v.unknownKey(Object.keys(textSchemaOf(PUBLICATIONS, 'leaflet').shape))}`),
      `text.en.yaml: ${moreProblems(50_000 - PROBLEMS_PER_FILE, PROBLEMS_PER_FILE)}`,
    ],
  },
  { name: 'a key written twice in publication.yaml', edits: { 'publication.yaml': sub('slug: thb-slovenia', 'slug: thb-slovenia\nslug: thb') }, problems: [`publication.yaml:5: ${r.duplicateKey('slug', 4)}`] },
  // resource limits: CSV
  { name: 'a CSV file larger than any edition’s', edits: { 'victims.csv': () => csvOfSize(20 * MB) }, problems: [`victims.csv: ${r.tooLarge(20 * MB, READ_LIMITS.fileBytes)}`] },
  { name: 'a CSV line of 200,000 digits', edits: { 'victims.csv': setLine(4, `2021,${'9'.repeat(200_000)},1,0`) }, problems: [`victims.csv:4: women: ${v.aboveBound('9'.repeat(200_000), BOUNDS.figure)}`] },
  // the data contract's bounds
  { name: 'thousands of years pasted into victims.csv', edits: { 'victims.csv': pastedYears(3000) }, problems: [`victims.csv:17: year: ${v.tooManyYears(3006, BOUNDS.years)}`] },
  { name: 'sixteen years in assistance.csv', edits: { 'assistance.csv': append(Array.from({ length: 10 }, (_, i) => `${2025 + i},1,1,1`).join('\n') + '\n') }, problems: [`assistance.csv:17: year: ${v.tooManyYears(16, BOUNDS.years)}`] },
  { name: 'a figure beyond what a JS number holds', edits: { 'victims.csv': setLine(4, '2021,99999999999999999999,1,0') }, problems: [`victims.csv:4: women: ${v.aboveBound('99999999999999999999', BOUNDS.figure)}`] },
  { name: 'a figure one above the bound', edits: { 'prosecution.csv': setLine(2, '2019,1000001,9,4') }, problems: [`prosecution.csv:2: suspects: ${v.aboveBound('1000001', BOUNDS.figure)}`] },
  { name: 'a figure above the bound behind leading zeros', edits: { 'victims.csv': setLine(3, '2020,0000002000000,0,0') }, problems: [`victims.csv:3: women: ${v.aboveBound('0000002000000', BOUNDS.figure)}`] },
  { name: 'figures above the bound in every row', edits: { 'victims.csv': (t) => t.replace(/,0\n/g, ',5000000\n') }, problems: [`victims.csv:2: children: ${v.moreLikeIt(v.aboveBound('5000000', BOUNDS.figure), 4)}`] },
  {
    name: 'thousands of rows that are not years',
    edits: { 'victims.csv': badYears(3000) },
    problems: [...Array.from({ length: PROBLEMS_PER_FILE }, (_, i) => `victims.csv:${8 + i}: year: ${v.notYear(`x${i}`)}`), `victims.csv: ${moreProblems(3000 - PROBLEMS_PER_FILE, PROBLEMS_PER_FILE)}`],
  },
  // direction controls and runaway texts
  { name: 'a right-to-left override in a text', edits: { 'text.en.yaml': sub('total: Total', 'total: "Tot\\u202Eal"') }, problems: [`text.en.yaml:15: total: ${v.directionControl('U+202E', 'override')}`] },
  { name: 'a pasted left-to-right embedding in a text', edits: { 'text.sl.yaml': sub('title: Trgovina', 'title: \u202ATrgovina') }, problems: [`text.sl.yaml:6: title: ${v.directionControl('U+202A', 'override')}`] },
  { name: 'a direction isolate in a text', edits: { 'text.sl.yaml': sub('year: Leto', 'year: "Le\\u2067to"') }, problems: [`text.sl.yaml:15: year: ${v.directionControl('U+2067', 'isolate')}`] },
  { name: 'a text of 300,000 characters', edits: { 'text.en.yaml': sub('total: Total', `total: ${'word '.repeat(60_000).trim()}`) }, problems: [`text.en.yaml:15: total: ${v.textTooLong(299_999, BOUNDS.textChars)}`] },
  // what a file or folder can be instead of a file
  { name: 'a folder where victims.csv should be', then: instead('victims.csv', (p) => mkdirSync(p)), problems: [`victims.csv: ${r.isFolder()}`] },
  { name: 'a folder named like a text file', then: instead('text.en.yaml', (p) => mkdirSync(p)), problems: [`text.en.yaml: ${r.isFolder()}`] },
  { name: 'a symbolic link loop', then: instead('origin.csv', (p) => symlinkSync('origin.csv', p)), problems: [`origin.csv: ${r.linkLoop()}`] },
  { name: 'a symbolic link to a file that is gone', then: instead('publication.yaml', (p) => symlinkSync('/nonexistent/publication.yaml', p)), problems: [`publication.yaml: ${r.linkToNothing()}`] },
  { name: 'a link to /dev/zero, which never ends', then: instead('victims.csv', (p) => symlinkSync('/dev/zero', p)), problems: [`victims.csv: ${r.notOrdinaryFile()}`] },
  { name: 'a named pipe, which never answers', then: instead('publication.yaml', (p) => spawnSync('mkfifo', [p])), problems: [`publication.yaml: ${r.notOrdinaryFile()}`] },
  // files that are not (UTF-8) text
  { name: 'an Excel workbook saved under a CSV name', edits: { 'victims.csv': () => Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml', 'latin1') }, problems: [`victims.csv: ${r.notText('a zip archive, such as an Excel workbook (.xlsx)')}`] },
  { name: 'an old Excel workbook saved under a CSV name', edits: { 'origin.csv': () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) }, problems: [`origin.csv: ${r.notText('an old Excel workbook (.xls)')}`] },
  { name: 'a NUL byte in a CSV cell', edits: { 'victims.csv': setLine(4, '2021,3\u00009,1,0') }, problems: [`victims.csv:4: ${r.nulByte()}`] },
  { name: 'a NUL byte in a text file', edits: { 'text.en.yaml': sub('total: Total', 'total: Tot\u0000al') }, problems: [`text.en.yaml:15: ${r.nulByte()}`] },
  { name: 'a CSV saved as UTF-16 big-endian with BOM', edits: { 'prosecution.csv': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]) }, problems: [`prosecution.csv: ${r.notUtf8('UTF-16 big-endian, with a byte-order mark')}`] },
  // CSV shapes
  { name: 'a CSV header repeated below the rows', edits: { 'victims.csv': append('year,women,men,children\n2025,1,1,1\n') }, problems: [`victims.csv:8: ${r.headerRepeated()}`] },
  {
    name: 'a column name of 5,000 characters',
    edits: { 'victims.csv': sub('children', 'n'.repeat(5000)) },
    problems: [`victims.csv:1: children: ${v.missingColumn('children')}`, `victims.csv:1: ${'n'.repeat(40)}…: ${v.unknownColumn('n'.repeat(5000), ['year', 'women', 'men', 'children'])}`],
  },
];
