/**
 * A laid-out document imposed for the office printer: sheet `i` holds `across` × `down`
 * copies of page `i`, butted in a grid centred on the sheet (one cut between neighbours),
 * with cut marks in the margin at every cut line and a note (how to print and cut) in the
 * top margin. Pure: pages in, pages out, pt, origin at the sheet's top-left corner.
 *
 * Duplex: the sheets of odd pages (the backs) are mirrored across the axis the paper
 * turns about when it is flipped on its long edge (left to right on a portrait sheet, top
 * to bottom on a landscape one), so each back lands behind its own front.
 *
 * Tags: the first copy of each page keeps its structure, links and outline entries; the
 * other copies are decoration (artifacts, no links). A reader of the sheet hears the card
 * once, not ten times, and its Figure and Link elements each own one drawing, as PDF/UA
 * asks. On a back, the tagged copy is the one behind the tagged front.
 */
import type { FontSet } from '../fonts/FontSet.js';
import type { Color } from '../graphics/Color.js';
import type { TextStyle } from '../model/Theme.js';
import { LayoutError } from './LayoutError.js';
import { sheetTooSmall, sheetNoteTooLong } from './messages.js';
import type { Box, ComposedDocument, OutlineEntry, Page, PlacedItem, PlacedLink, StructNode } from './Page.js';
import type { SheetLayout } from './SheetLayout.js';
import { textWidth } from './text/textWidth.js';

const MM = 72 / 25.4;
/** Cut marks: from this far outside the grid, this long, this heavy, pt. */
export const CUT_MARK = { gap: 2 * MM, length: 5 * MM, width: 0.25 };
/** The note keeps this far from the cut marks on either side, pt. */
const NOTE_INSET = 3 * MM;
/** Office printers leave about this much of every edge unprinted, pt. */
const UNPRINTABLE = 5 * MM;

export interface ImposeEnv {
  fonts: FontSet;
  /** How to print and cut the sheet, in the document's language. */
  note: string;
  noteStyle: TextStyle;
  /** Colour of the cut marks. */
  marks: Color;
}

/** Where copy `(row, col)` of page `page` sits on its sheet: its top-left corner, pt. */
export function copyOrigin(sheet: SheetLayout, card: { width: number; height: number }, page: number, row: number, col: number): { x: number; y: number } {
  const { x0, y0 } = gridOrigin(sheet, card);
  const back = page % 2 === 1;
  const portrait = sheet.height >= sheet.width;
  const c = back && portrait ? sheet.across - 1 - col : col;
  const r = back && !portrait ? sheet.down - 1 - row : row;
  return { x: x0 + c * card.width, y: y0 + r * card.height };
}

export function imposeSheets(doc: ComposedDocument, sheet: SheetLayout, env: ImposeEnv): ComposedDocument {
  const [first] = doc.pages;
  if (!first) throw new Error('layout: imposeSheets: the document has no pages');
  const card = { width: first.width, height: first.height };
  const { x0, y0 } = gridOrigin(sheet, card);
  const margin = Math.min(x0, y0);
  const needed = CUT_MARK.gap + CUT_MARK.length;
  if (margin < needed) throw new LayoutError(sheetTooSmall(sheet.across, sheet.down, card, sheet, needed));

  const note = noteLines(env, card.width - 2 * NOTE_INSET);
  // The note's lines end just above the grid, level with the cut marks, and start no nearer the edge than a printer prints.
  const lastBaseline = y0 - CUT_MARK.gap - env.noteStyle.size * 0.25;
  const firstBaseline = lastBaseline - (note.length - 1) * env.noteStyle.leading;
  if (firstBaseline - env.noteStyle.size < UNPRINTABLE) throw new LayoutError(sheetNoteTooLong(note.length, env.note));

  const shift = (page: number) => copyOrigin(sheet, card, page, 0, 0);
  const pages: Page[] = doc.pages.map((page, i) => {
    const items: PlacedItem[] = [];
    for (let row = 0; row < sheet.down; row++) {
      for (let col = 0; col < sheet.across; col++) {
        const { x, y } = copyOrigin(sheet, card, i, row, col);
        const tagged = row === 0 && col === 0;
        for (const item of page.items) items.push(moved(item, x, y, tagged));
      }
    }
    // The note sits above the grid's left column on every side: the mirrored back has its first copy elsewhere.
    note.forEach((text, n) => {
      const width = textWidth(env.fonts, text, env.noteStyle.font, env.noteStyle.size);
      items.push({ kind: 'text', x: x0 + NOTE_INSET, y: firstBaseline + n * env.noteStyle.leading, width, text, font: env.noteStyle.font, size: env.noteStyle.size, color: env.noteStyle.color });
    });
    items.push(...cutMarks(sheet, card, x0, y0, env.marks));
    return { width: sheet.width, height: sheet.height, items };
  });
  return {
    pages,
    structure: movedNode(doc.structure, shift),
    outline: doc.outline.map((e) => movedEntry(e, shift)),
    report: doc.report,
  };
}

function gridOrigin(sheet: SheetLayout, card: { width: number; height: number }): { x0: number; y0: number } {
  return { x0: (sheet.width - sheet.across * card.width) / 2, y0: (sheet.height - sheet.down * card.height) / 2 };
}

/** An item of the copy whose top-left corner is at (dx, dy); decoration unless `tagged`. */
function moved(item: PlacedItem, dx: number, dy: number, tagged: boolean): PlacedItem {
  const link = (l: PlacedLink | undefined) => (tagged && l ? { link: { ...l, box: movedBox(l.box, dx, dy) } } : {});
  switch (item.kind) {
    case 'text': {
      const { struct, actualText, link: _link, ...rest } = item;
      return { ...rest, x: item.x + dx, y: item.y + dy, ...(tagged && struct !== undefined && { struct }), ...(tagged && actualText !== undefined && { actualText }), ...link(item.link) };
    }
    case 'rect': {
      // No bleed on a sheet: a background reaches its copy's edge and stops there.
      const { struct, actualText, bleeds: _bleeds, ...rest } = item;
      return { ...rest, x: item.x + dx, y: item.y + dy, ...(tagged && struct !== undefined && { struct }), ...(tagged && actualText !== undefined && { actualText }) };
    }
    case 'rule':
      return { ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy };
    case 'vector': {
      const { struct, link: _link, ...rest } = item;
      return { ...rest, x: item.x + dx, y: item.y + dy, ...(tagged && struct !== undefined && { struct }), ...link(item.link) };
    }
    default: {
      const unknown: never = item;
      throw new Error(`layout: imposeSheets: unknown item kind ${JSON.stringify(unknown)}`);
    }
  }
}

const movedBox = (box: Box, dx: number, dy: number): Box => ({ ...box, x: box.x + dx, y: box.y + dy });

function movedNode(node: StructNode, shift: (page: number) => { x: number; y: number }): StructNode {
  const placed = node.placed && { page: node.placed.page, box: movedBox(node.placed.box, shift(node.placed.page).x, shift(node.placed.page).y) };
  return { ...node, ...(placed && { placed }), children: node.children.map((c) => movedNode(c, shift)) };
}

function movedEntry(entry: OutlineEntry, shift: (page: number) => { x: number; y: number }): OutlineEntry {
  return { ...entry, y: entry.y + shift(entry.page).y, children: entry.children.map((c) => movedEntry(c, shift)) };
}

/** The note broken at spaces into lines no wider than `width`. */
function noteLines(env: ImposeEnv, width: number): string[] {
  const { font, size } = env.noteStyle;
  const lines: string[] = [];
  let line = '';
  for (const word of env.note.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && textWidth(env.fonts, tried, font, size) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/** A short stroke in the margin at each end of every cut line, clear of the grid. */
function cutMarks(sheet: SheetLayout, card: { width: number; height: number }, x0: number, y0: number, color: Color): PlacedItem[] {
  const [x1, y1] = [x0 + sheet.across * card.width, y0 + sheet.down * card.height];
  const { gap, length, width } = CUT_MARK;
  const marks: PlacedItem[] = [];
  for (let c = 0; c <= sheet.across; c++) {
    const x = x0 + c * card.width;
    marks.push({ kind: 'rule', x1: x, y1: y0 - gap, x2: x, y2: y0 - gap - length, color, width });
    marks.push({ kind: 'rule', x1: x, y1: y1 + gap, x2: x, y2: y1 + gap + length, color, width });
  }
  for (let r = 0; r <= sheet.down; r++) {
    const y = y0 + r * card.height;
    marks.push({ kind: 'rule', x1: x0 - gap, y1: y, x2: x0 - gap - length, y2: y, color, width });
    marks.push({ kind: 'rule', x1: x1 + gap, y1: y, x2: x1 + gap + length, y2: y, color, width });
  }
  return marks;
}
