/**
 * The print-shop edition (issue 5), read back from the built files: page boxes in points,
 * crop marks outside the bleed, only CMYK and the registration separation, body text in
 * black ink alone, no transparency, the title band across the bleed, and the same tags as
 * the screen edition. Each colour check also runs on the screen edition, where it must find
 * RGB: the check sees what it claims to.
 */
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { MM } from '../../src/paint/Output.js';
import { type PageSize } from '../../src/model/Theme.js';
import { themes } from '../../src/publications/leaflet/themes.js';
import { BLEED_MM, buildVariants, type Built } from '../support/buildVariants.js';
import { colorSpaceName, latin1, pageContent, parseOps, type PaintColor } from '../support/contentStream.js';
import { rawStruct, type RawStructElement } from '../support/rawStruct.js';

const SIZES: PageSize[] = ['a4', 'a5'];
/** Trim sizes the issue names, pt. */
const TRIM: Record<PageSize, [number, number]> = { a4: [595.28, 841.89], a5: [419.53, 595.28] };
const BLEED = BLEED_MM * MM; // 8.504 pt
const EPS = 0.01;

type Box = [number, number, number, number];
const boxOf = (page: mupdf.PDFObject, name: string): Box | undefined => {
  const box = page.get(name);
  if (box.isNull()) return undefined;
  const n: number[] = [];
  box.forEach((v) => n.push(v.asNumber()));
  return n as Box;
};

const open = (bytes: Buffer) => new mupdf.PDFDocument(new Uint8Array(bytes));
const pagesOf = (doc: mupdf.PDFDocument) => Array.from({ length: doc.countPages() }, (_, i) => doc.findPage(i));

/** Every Form XObject reachable from a resource dictionary, nested ones included. */
function formXObjects(resources: mupdf.PDFObject, seen = new Set<number>()): mupdf.PDFObject[] {
  const out: mupdf.PDFObject[] = [];
  resources.get('XObject').forEach((x) => {
    if (x.isIndirect() && seen.has(x.asIndirect())) return;
    if (x.isIndirect()) seen.add(x.asIndirect());
    if (x.get('Subtype').asName() !== 'Form') return;
    out.push(x, ...formXObjects(x.get('Resources'), seen));
  });
  return out;
}

/** A colour space resource; an uncoloured pattern's with the space its colour is given in (`Pattern:DeviceCMYK`). */
function spaceName(cs: mupdf.PDFObject): string {
  const name = colorSpaceName(cs);
  return name === 'Pattern' && cs.resolve().isArray() && cs.resolve().length > 1 ? `Pattern:${colorSpaceName(cs.resolve().get(1))}` : name;
}

/** Every colour-setting operator of a stream, as `op space` (`scn DeviceCMYK`, `rg DeviceRGB`, …). */
function colourOperators(stream: string, resources: mupdf.PDFObject): string[] {
  const spaces: Record<'fill' | 'stroke', string> = { fill: 'DeviceGray', stroke: 'DeviceGray' };
  const named = (name: string) => (name.startsWith('Device') || name === 'Pattern' ? name : spaceName(resources.get('ColorSpace', name)));
  const out: string[] = [];
  for (const { op, args } of parseOps(stream)) {
    if (op === 'cs' || op === 'CS') spaces[op === 'cs' ? 'fill' : 'stroke'] = named((args[0] as { name: string }).name);
    else if (['sc', 'scn'].includes(op)) out.push(`${op} ${spaces.fill}`);
    else if (['SC', 'SCN'].includes(op)) out.push(`${op} ${spaces.stroke}`);
    else if (op === 'g' || op === 'G') out.push(`${op} DeviceGray`);
    else if (op === 'rg' || op === 'RG') out.push(`${op} DeviceRGB`);
    else if (op === 'k' || op === 'K') out.push(`${op} DeviceCMYK`);
  }
  return out;
}

interface ColourUse {
  /** Colour operators of page content and Form XObjects. */
  operators: Set<string>;
  /** Colour spaces named in page and XObject resources. */
  resourceSpaces: Set<string>;
  /** Whether any content stream names /DeviceRGB at all. */
  mentionsRgb: boolean;
}

function colourUse(bytes: Buffer): ColourUse {
  const use: ColourUse = { operators: new Set(), resourceSpaces: new Set(), mentionsRgb: false };
  for (const page of pagesOf(open(bytes))) {
    const resources = page.get('Resources');
    const streams: Array<{ text: string; resources: mupdf.PDFObject }> = [];
    const contents = page.get('Contents');
    (contents.isArray() ? [...Array(contents.length).keys()].map((i) => contents.get(i)) : [contents]).forEach((s) =>
      streams.push({ text: latin1(s.readStream().asUint8Array()), resources }),
    );
    for (const form of formXObjects(resources)) streams.push({ text: latin1(form.readStream().asUint8Array()), resources: form.get('Resources') });
    for (const { text, resources: res } of streams) {
      colourOperators(text, res).forEach((o) => use.operators.add(o));
      if (text.includes('/DeviceRGB')) use.mentionsRgb = true;
      res.get('ColorSpace').forEach((cs) => {
        const name = spaceName(cs);
        // A separation's alternate space is what a RIP falls back to: it counts too.
        use.resourceSpaces.add(name.startsWith('Separation:') ? `${name} → ${colorSpaceName(cs.resolve().get(2))}` : name);
      });
    }
  }
  return use;
}

/** Every way a page can draw with transparency, found in its resources (XObjects included). */
function transparencyIn(bytes: Buffer): string[] {
  const found: string[] = [];
  pagesOf(open(bytes)).forEach((page, p) => {
    const resourceDicts = [page.get('Resources'), ...formXObjects(page.get('Resources')).map((f) => f.get('Resources'))];
    for (const res of resourceDicts) {
      res.get('ExtGState').forEach((gs, name) => {
        for (const key of ['ca', 'CA'] as const) {
          const alpha = gs.get(key);
          if (alpha.isNumber() && alpha.asNumber() < 1) found.push(`page ${p + 1}: ExtGState ${name} /${key} ${alpha.asNumber()}`);
        }
        const smask = gs.get('SMask');
        if (!smask.isNull() && !(smask.isName() && smask.asName() === 'None')) found.push(`page ${p + 1}: ExtGState ${name} /SMask`);
      });
      res.get('XObject').forEach((x, name) => {
        if (!x.get('SMask').isNull()) found.push(`page ${p + 1}: XObject ${name} /SMask`);
      });
    }
  });
  return found;
}

/** Roles of the structure tree in reading order, each indented by its depth. */
function roleOutline(elements: RawStructElement[], depth = 0): string[] {
  return elements.flatMap((e) => [`${'  '.repeat(depth)}${e.role}`, ...roleOutline(e.children, depth + 1)]);
}

const sameColour = (a: PaintColor, space: string, values: number[]) => a.space === space && a.values.length === values.length && a.values.every((v, i) => Math.abs(v - values[i]!) < 1e-6);

describe('the print edition', () => {
  let built: Partial<Built>;
  const print = (size: PageSize) => built[`${size}-print`]!;
  const screen = (size: PageSize) => built[`${size}-screen`]!;

  beforeAll(async () => {
    built = await buildVariants(SIZES, ['screen', 'print']);
  });

  describe.each(SIZES)('%s', (size) => {
    const [trimW, trimH] = TRIM[size];

    it('has a trim box of the paper size, a bleed box 3 mm larger on every side, and a media box that holds both', () => {
      const pages = pagesOf(open(print(size)));
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, i) => {
        const trim = boxOf(page, 'TrimBox');
        const bleed = boxOf(page, 'BleedBox');
        const media = boxOf(page, 'MediaBox')!;
        expect(trim, `page ${i + 1} TrimBox`).toBeDefined();
        expect(bleed, `page ${i + 1} BleedBox`).toBeDefined();
        expect(trim![2] - trim![0]).toBeCloseTo(trimW, 2);
        expect(trim![3] - trim![1]).toBeCloseTo(trimH, 2);
        expect(BLEED).toBeCloseTo(8.504, 3);
        bleed!.forEach((v, k) => expect(v, `page ${i + 1} BleedBox[${k}]`).toBeCloseTo(trim![k]! + (k < 2 ? -BLEED : BLEED), 2));
        expect(media[0]).toBeLessThan(bleed![0]);
        expect(media[1]).toBeLessThan(bleed![1]);
        expect(media[2]).toBeGreaterThan(bleed![2]);
        expect(media[3]).toBeGreaterThan(bleed![3]);
      });
    });

    it('draws crop marks in the registration separation /All, as artifacts, outside the bleed box and inside the media box', () => {
      pagesOf(open(print(size))).forEach((page, i) => {
        const [bx0, by0, bx1, by1] = boxOf(page, 'BleedBox')!;
        const [mx0, my0, mx1, my1] = boxOf(page, 'MediaBox')!;
        const marks = pageContent(page).paths.filter((p) => p.stroke.space === 'Separation:All' && /^[Ss]$/.test(p.op));
        // Two marks at each of the four corners.
        expect(marks.length, `page ${i + 1}: crop-mark strokes`).toBeGreaterThanOrEqual(8);
        for (const mark of marks) {
          expect(mark.tag, `page ${i + 1}: crop marks are artifacts`).toBe('Artifact');
          for (const [x, y] of mark.subpaths.flat()) {
            const outsideBleed = x < bx0 - EPS || x > bx1 + EPS || y < by0 - EPS || y > by1 + EPS;
            expect(outsideBleed, `page ${i + 1}: mark point (${x.toFixed(2)}, ${y.toFixed(2)}) outside the bleed box`).toBe(true);
            expect(x >= mx0 && x <= mx1 && y >= my0 && y <= my1, `page ${i + 1}: mark point (${x.toFixed(2)}, ${y.toFixed(2)}) inside the media box`).toBe(true);
          }
        }
      });
    });

    it('screen pages have no trim or bleed box and a media box of the paper size', () => {
      pagesOf(open(screen(size))).forEach((page, i) => {
        expect(boxOf(page, 'TrimBox'), `page ${i + 1}`).toBeUndefined();
        expect(boxOf(page, 'BleedBox'), `page ${i + 1}`).toBeUndefined();
        const [x0, y0, x1, y1] = boxOf(page, 'MediaBox')!;
        expect([x0, y0]).toEqual([0, 0]);
        expect(x1).toBeCloseTo(trimW, 2);
        expect(y1).toBeCloseTo(trimH, 2);
      });
    });

    it('sets colour only in DeviceCMYK or the /All separation: no RGB operator or colour space in content, XObjects or resources', () => {
      const use = colourUse(print(size));
      // The hatch of inferred figures: an uncoloured pattern given its colour in CMYK.
      expect([...use.operators].sort()).toEqual(expect.arrayContaining(['scn DeviceCMYK', 'scn Pattern:DeviceCMYK']));
      for (const o of use.operators) expect(['scn DeviceCMYK', 'scn Pattern:DeviceCMYK', 'sc DeviceCMYK', 'k DeviceCMYK', 'SCN DeviceCMYK', 'SC DeviceCMYK', 'K DeviceCMYK', 'SCN Separation:All', 'SC Separation:All', 'scn Separation:All', 'sc Separation:All']).toContain(o);
      expect(use.mentionsRgb).toBe(false);
      for (const s of use.resourceSpaces) expect(['DeviceCMYK', 'Pattern:DeviceCMYK', 'Separation:All → DeviceCMYK']).toContain(s);
    });

    it('(control) the same reading finds the RGB of the screen edition', () => {
      const use = colourUse(screen(size));
      expect(use.mentionsRgb).toBe(true);
      expect([...use.operators]).toContain('scn DeviceRGB');
      expect([...use.operators]).toContain('scn Pattern:DeviceRGB');
    });

    it('fills body text (regular, body size) with black ink alone: 0 0 0 1 in DeviceCMYK', () => {
      const bodySize = themes[size].type.body.size; // 9.5 pt on A4, 8.5 pt on A5
      const runs = pagesOf(open(print(size)))
        .flatMap((page) => pageContent(page).texts)
        .filter((t) => t.size === bodySize && /-Regular$/.test(t.font) && t.tag !== 'Link');
      expect(runs.length).toBeGreaterThan(30);
      const off = runs.filter((t) => !sameColour(t.fill, 'DeviceCMYK', [0, 0, 0, 1]));
      expect(off.map((t) => `${t.tag}: ${t.fill.space} ${t.fill.values.join(' ')}`)).toEqual([]);
    });

    // Issue 5: body and small text are 100 % K only; small coloured type prints in black ink.
    it('prints all text at or below body size in black ink only (no cyan, magenta or yellow)', () => {
      const bodySize = themes[size].type.body.size;
      const small = pagesOf(open(print(size)))
        .flatMap((page) => pageContent(page).texts)
        .filter((t) => t.pageSize <= bodySize + EPS);
      const coloured = small.filter((t) => t.fill.space !== 'DeviceCMYK' || t.fill.values.slice(0, 3).some((v) => v > 0));
      expect([...new Set(coloured.map((t) => `${t.font.replace(/^.*\+/, '')} ${t.size} pt in ${t.tag}: ${t.fill.values.join(' ')}`))]).toEqual([]);
    });

    it('uses no transparency, in print or on screen: no soft mask, no constant alpha below 1', () => {
      expect(transparencyIn(print(size))).toEqual([]);
      expect(transparencyIn(screen(size))).toEqual([]);
    });

    it('runs the title band across the bleed above the trim: navy there, white beyond the bleed', () => {
      const doc = open(print(size));
      const page = doc.findPage(0);
      const [, , mx1, my1] = boxOf(page, 'MediaBox')!;
      const [, , , by1] = boxOf(page, 'BleedBox')!;
      const [, , , ty1] = boxOf(page, 'TrimBox')!;
      // 72 dpi: one pixel per pt, rows counted from the media box's top.
      const pix = doc.loadPage(0).toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceRGB, false, true);
      const rgbAt = (x: number, yFromTop: number) => {
        const at = Math.floor(yFromTop) * pix.getStride() + Math.floor(x) * pix.getNumberOfComponents();
        return [...pix.getPixels().slice(at, at + 3)];
      };
      const x = mx1 / 2;
      const [r, g, b] = rgbAt(x, my1 - (by1 + ty1) / 2);
      expect(Math.max(r!, g!, b!), `bleed strip pixel rgb(${r}, ${g}, ${b}) is dark`).toBeLessThan(110);
      expect(b!, `bleed strip pixel rgb(${r}, ${g}, ${b}) is blue`).toBeGreaterThan(r! + 15);
      const beyond = rgbAt(x, (my1 - by1) / 2);
      expect(Math.min(...beyond), 'between the media and bleed box tops: paper').toBeGreaterThan(245);
    });

    it('stays tagged, with the same structure roles as the screen edition', () => {
      for (const bytes of [print(size), screen(size)]) {
        const root = open(bytes).getTrailer().get('Root');
        expect(root.get('StructTreeRoot').isDictionary()).toBe(true);
        expect(root.get('MarkInfo', 'Marked').asBoolean()).toBe(true);
      }
      const printRoles = roleOutline(rawStruct(print(size)));
      expect(printRoles.length).toBeGreaterThan(50);
      expect(printRoles).toEqual(roleOutline(rawStruct(screen(size))));
    });
  });
});
