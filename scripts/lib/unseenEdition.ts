/**
 * An edition no build has seen, written by the bench so that no cache of the command (the
 * startup snapshot's included) can hold anything of it: the frozen edition with its years
 * shifted, every figure changed and its texts edited, as next year's edition would be.
 *
 *   - years: each one `YEAR_SHIFT` later, and the publication date with them;
 *   - figures: each count × `FIGURE_FACTOR` (so each year's breakdowns still add up to its
 *     victims, and the numbers are wider than the frozen edition's);
 *   - texts: a common word of each language replaced wherever it stands in a value, so most
 *     paragraphs break into other lines.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const YEAR_SHIFT = 2;
export const FIGURE_FACTOR = 3;

/** Words replaced in the texts' values, per file: whole words only, so keys and placeholders stay. */
const TEXT_EDITS: Record<string, [RegExp, string][]> = {
  'text.en.yaml': [[/\band\b/g, 'as well as']],
  'text.sl.yaml': [[/\bin\b/g, 'ter tudi']],
};

/** Writes the unseen edition made from `edition` into `dir` (which it creates); returns `dir`. */
export function unseenEdition(edition: string, dir: string): string {
  cpSync(edition, dir, { recursive: true });
  for (const file of readdirSync(dir)) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (file.endsWith('.csv')) writeFileSync(path, shiftedTable(text));
    else if (file === 'publication.yaml') writeFileSync(path, text.replace(/^date: (\d{4})/m, (_, y: string) => `date: ${Number(y) + YEAR_SHIFT}`));
    else if (TEXT_EDITS[file]) writeFileSync(path, editedValues(text, TEXT_EDITS[file]));
  }
  return dir;
}

/** A CSV table with its years shifted and its counts multiplied; other cells as they were. */
function shiftedTable(text: string): string {
  const [header, ...rows] = text.split('\n');
  return [
    header,
    ...rows.map((row) =>
      row
        .split(',')
        .map((cell, i) => (!/^\d+$/.test(cell) ? cell : i === 0 ? String(Number(cell) + YEAR_SHIFT) : String(Number(cell) * FIGURE_FACTOR)))
        .join(','),
    ),
  ].join('\n');
}

/** `edits` made in the values of a YAML file (after a line's key or `- `), never in comments or keys. */
function editedValues(text: string, edits: readonly [RegExp, string][]): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s*(?:- )?(?:[\w-]+:(?: |$))?)(.*)$/.exec(line)!;
      if (line.trimStart().startsWith('#')) return line;
      return m[1] + edits.reduce((value, [from, to]) => value.replace(from, to), m[2]!);
    })
    .join('\n');
}
