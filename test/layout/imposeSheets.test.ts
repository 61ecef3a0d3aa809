/**
 * The office sheet's imposition, with numbers alone: a 100 × 50 pt page of two items, two
 * pages (front and back), copied 2 × 3 onto a 300 × 400 pt sheet.
 */
import { describe, expect, it } from 'vitest';
import { defineColor } from '../../src/graphics/Color.js';
import { CUT_MARK, copyOrigin, imposeSheets } from '../../src/layout/imposeSheets.js';
import { LayoutError } from '../../src/layout/LayoutError.js';
import type { ComposedDocument, Page, PlacedText, PlacedVector } from '../../src/layout/Page.js';
import type { SheetLayout } from '../../src/layout/SheetLayout.js';
import { fonts } from './factories.js';

const black = defineColor('black', '#000000', [0, 0, 0, 100]);
const style = { font: 'regular' as const, size: 6, leading: 7, color: black };
const sheet: SheetLayout = { width: 300, height: 400, across: 2, down: 3 };
// The grid: 200 × 150 pt centred, so its top-left corner is at (50, 125).
const [X0, Y0] = [50, 125];

const page = (side: string): Page => ({
  width: 100,
  height: 50,
  items: [
    { kind: 'text', x: 10, y: 20, width: 30, text: side, font: 'regular', size: 7, color: black, struct: '0.0' },
    { kind: 'vector', x: 60, y: 10, w: 30, h: 30, name: 'QR code', shapes: [], struct: '0.1', link: { href: 'https://example.org', box: { x: 60, y: 10, w: 30, h: 30 }, struct: '0.2', contents: 'form' } },
  ],
});

const doc = (): ComposedDocument => ({
  pages: [page('front'), page('back')],
  structure: { key: '0', role: 'Document', children: [{ key: '0.0', role: 'P', children: [] }, { key: '0.1', role: 'Figure', alt: 'code', placed: { page: 1, box: { x: 60, y: 10, w: 30, h: 30 } }, children: [] }] },
  outline: [{ title: 'Front', page: 0, y: 12, children: [] }],
  report: { pages: [], cost: 0, columns: [], transposed: [], unmet: [] },
});

const impose = (note = 'Print both sides, flip on the long edge.') => imposeSheets(doc(), sheet, { fonts, note, noteStyle: style, marks: black });
const texts = (p: Page, text: string) => p.items.filter((i): i is PlacedText => i.kind === 'text' && i.text === text);

describe('imposeSheets', () => {
  it('makes one sheet per page, the sheet size, with across × down copies of it', () => {
    const sheets = impose().pages;
    expect(sheets.map((s) => [s.width, s.height])).toEqual([[300, 400], [300, 400]]);
    expect(texts(sheets[0]!, 'front')).toHaveLength(6);
    expect(texts(sheets[1]!, 'back')).toHaveLength(6);
  });

  it('butts the copies in a grid centred on the sheet', () => {
    const xs = texts(impose().pages[0]!, 'front').map((t) => [t.x, t.y]);
    expect(xs).toEqual([[X0 + 10, Y0 + 20], [X0 + 110, Y0 + 20], [X0 + 10, Y0 + 70], [X0 + 110, Y0 + 70], [X0 + 10, Y0 + 120], [X0 + 110, Y0 + 120]]);
  });

  it('mirrors the back left to right on a portrait sheet: flipped on its long edge, each back lies behind its front', () => {
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 2; col++) {
        const front = copyOrigin(sheet, { width: 100, height: 50 }, 0, row, col);
        const back = copyOrigin(sheet, { width: 100, height: 50 }, 1, row, col);
        // Turning the sheet over its vertical axis takes x to width − x: the back copy's right edge meets the front's left.
        expect(sheet.width - (back.x + 100)).toBeCloseTo(front.x);
        expect(back.y).toBe(front.y);
      }
    }
  });

  it('mirrors top to bottom on a landscape sheet, whose long edge is the top', () => {
    const landscape: SheetLayout = { width: 400, height: 300, across: 3, down: 2 };
    const front = copyOrigin(landscape, { width: 100, height: 50 }, 0, 0, 0);
    const back = copyOrigin(landscape, { width: 100, height: 50 }, 1, 0, 0);
    expect(back.x).toBe(front.x);
    expect(landscape.height - (back.y + 50)).toBeCloseTo(front.y);
  });

  it('tags the first copy only: its text, figure and link; on the back the copy behind the first front', () => {
    const [front, back] = impose().pages;
    const tagged = (p: Page) => p.items.filter((i) => (i.kind === 'text' || i.kind === 'vector') && i.struct !== undefined);
    expect(tagged(front!).map((i) => [i.kind, (i as PlacedText).x])).toEqual([['text', X0 + 10], ['vector', X0 + 60]]);
    // The back's first copy is in the right-hand column.
    expect(tagged(back!).map((i) => [i.kind, (i as PlacedText).x])).toEqual([['text', X0 + 110], ['vector', X0 + 160]]);
    const links = back!.items.filter((i): i is PlacedVector => i.kind === 'vector' && i.link !== undefined);
    expect(links.map((l) => l.link!.box)).toEqual([{ x: X0 + 160, y: Y0 + 10, w: 30, h: 30 }]);
  });

  it('moves the structure’s figure boxes and the outline with the tagged copy', () => {
    const imposed = impose();
    expect(imposed.structure.children[1]!.placed).toEqual({ page: 1, box: { x: X0 + 160, y: Y0 + 10, w: 30, h: 30 } });
    expect(imposed.outline[0]).toMatchObject({ page: 0, y: Y0 + 12 });
  });

  it('draws cut marks at every cut line, in the margin and clear of the grid', () => {
    const rules = impose().pages[0]!.items.filter((i) => i.kind === 'rule');
    // 3 vertical cuts × top and bottom, 4 horizontal cuts × left and right.
    expect(rules).toHaveLength(3 * 2 + 4 * 2);
    const inGrid = (x: number, y: number) => x > X0 && x < X0 + 200 && y > Y0 && y < Y0 + 150;
    for (const r of rules) {
      if (r.kind !== 'rule') continue;
      expect(inGrid(r.x1, r.y1) || inGrid(r.x2, r.y2)).toBe(false);
      expect(Math.hypot(r.x2 - r.x1, r.y2 - r.y1)).toBeCloseTo(CUT_MARK.length);
    }
  });

  it('prints the note in the top margin, broken to the width of one copy, as decoration', () => {
    const note = impose('Print on both sides of the sheet and flip it on its long edge, then cut along the marks.').pages[0]!.items.filter((i): i is PlacedText => i.kind === 'text' && i.size === 6);
    expect(note.length).toBeGreaterThan(1);
    for (const line of note) {
      expect(line.struct).toBeUndefined();
      expect(line.y).toBeLessThan(Y0);
      expect(line.x + line.width).toBeLessThanOrEqual(X0 + 100);
    }
  });

  it('refuses a grid that leaves no room for the cut marks', () => {
    expect(() => imposeSheets(doc(), { width: 205, height: 400, across: 2, down: 3 }, { fonts, note: 'x', noteStyle: style, marks: black })).toThrow(LayoutError);
  });
});
