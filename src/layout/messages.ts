/**
 * Wording of every layout failure; tests call these too. A failure the content causes is
 * a `LayoutProblem` (its block and what is wrong), which `LayoutError` carries; an
 * invariant's wording is a plain `layout:` message, thrown as a bug. Lengths are pt.
 */
import type { LayoutProblem } from './LayoutError.js';

const pt = (n: number) => n.toFixed(1);

/** A missing glyph, where it was found: a markup line, or a place such as `footer`. */
export interface GlyphProblem {
  char: string;
  font: string;
  where: number | string;
}

const at = (where: number | string) => (typeof where === 'number' ? `markup line ${where}` : where);

export const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `room` is what an empty column (or page area, or banner band) offers. */
export function tooTall(kind: string, line: number, excess: number, room: number, where = 'an empty column'): LayoutProblem {
  return { block: { kind, line }, reason: `is ${pt(excess)} pt taller than ${where} (${pt(room)} pt)` };
}

export function tooWide(kind: string, line: number, excess: number, room: number, where = 'its measure'): LayoutProblem {
  return { block: { kind, line }, reason: `is ${pt(excess)} pt wider than ${where} (${pt(room)} pt)` };
}

export function footerTooWide(excess: number, room: number): LayoutProblem {
  return { reason: `the footer text and page label are ${pt(excess)} pt wider than the text width (${pt(room)} pt)` };
}

export function missingGlyphs(problems: readonly GlyphProblem[]): LayoutProblem {
  const list = problems.map((p) => `${codePoint(p.char)} '${p.char}' (${p.font}, ${at(p.where)})`);
  const n = problems.length;
  return { reason: `the fonts have no glyph for ${n} character${n === 1 ? '' : 's'}: ${list.join('; ')}` };
}

export function unknownChart(ref: string, line: number): LayoutProblem {
  return { block: { kind: `chart "${ref}"`, line }, reason: 'was not rendered (no chart with that id)' };
}

export function notAllowedInside(kind: string, line: number, container: string): LayoutProblem {
  return { block: { kind, line }, reason: `cannot be laid out inside ${container}` };
}

export function tableWidthsMismatch(line: number, widths: number, columns: number): LayoutProblem {
  return { block: { kind: 'table', line }, reason: `gives ${widths} column widths for ${columns} columns` };
}

/** An invariant: layout placed something it should not have. */
export function outsidePage(what: string, page: number, box: { x0: number; y0: number; x1: number; y1: number }): string {
  return `layout: ${what} on page ${page} lies outside the page box (${pt(box.x0)}, ${pt(box.y0)})–(${pt(box.x1)}, ${pt(box.y1)})`;
}

/** An invariant: charts are drawn at the width `chartSlots` gives them. */
export function chartSizeMismatch(ref: string, drawn: number, column: number): string {
  return `layout: chart "${ref}" was drawn ${pt(drawn)} pt wide for a ${pt(column)} pt column`;
}

/** Content that needs more pages than the policy allows (a card's two sides). */
export function tooManyPages(pages: number, most: number, size: string): LayoutProblem {
  return { reason: `the content needs ${pages} ${size} pages, where the publication has ${most}; shorten the texts` };
}

/** An office sheet whose grid of copies leaves no margin for the cut marks. */
export function sheetTooSmall(across: number, down: number, page: { width: number; height: number }, sheet: { width: number; height: number }, margin: number): LayoutProblem {
  return { reason: `${across} × ${down} pages of ${pt(page.width)} × ${pt(page.height)} pt leave less than ${pt(margin)} pt for the cut marks on a ${pt(sheet.width)} × ${pt(sheet.height)} pt sheet` };
}

/** A sheet's note (how to print and cut it) longer than its top margin holds. */
export function sheetNoteTooLong(lines: number, note: string): LayoutProblem {
  return { reason: `the sheet's note needs ${lines} lines, more than the top margin holds: "${note}"` };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** A page filled less than the page policy asks. */
export function underfullPage(page: number, pages: number, fill: number, need: number): string {
  return `page ${page} of ${pages} is filled to ${percent(fill)} (the policy asks at least ${percent(need)}, ${percent(need - fill)} short)`;
}

/** A page count the policy's printing cannot use. */
export function wrongPageCount(pages: number, multiple: number, size: string): string {
  return `${pages} pages, where ${size} printing needs a multiple of ${multiple} (${multiple - (pages % multiple)} short of the next)`;
}

/** The one warning of a file whose pages could not meet the policy (a warning, not a failure: no `layout:` prefix). */
export function policyUnmet(file: string, unmet: readonly string[]): string {
  return `warning: ${file}: no arrangement of its pages meets the page policy; built with the best one: ${unmet.join('; ')}`;
}
