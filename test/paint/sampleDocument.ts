/**
 * A hand-built, two-page laid-out document with one of everything paint must handle:
 * a heading, a paragraph that continues on page 2 with a link inside, a list, a 2×2 table
 * with header cells, a chart (vector shapes: a bar and a text label), and decoration
 * (banner, rule, page numbers).
 */
import { loadFontSet, type FontKey } from '../../src/fonts/FontSet.js';
import { defineColor } from '../../src/graphics/Color.js';
import type { VectorShape } from '../../src/graphics/Vector.js';
import type { LaidOutDocument, PlacedItem, PlacedLink, PlacedText, PlacedVector, StructNode, StructRole } from '../../src/layout/Page.js';
import type { PaintEnv } from '../../src/paint/paintDocument.js';
import { screenOutput, type Output } from '../../src/paint/Output.js';

export const fonts = loadFontSet(new URL('../../fonts', import.meta.url).pathname);

/** The sample's colours, each with the CMYK value a print export writes. */
export const colors = {
  ink: defineColor('ink', '#1a1a1a', [0, 0, 0, 95]),
  white: defineColor('white', '#ffffff', [0, 0, 0, 0]),
  band: defineColor('band', '#1f3a5f', [100, 75, 30, 30]),
  link: defineColor('link', '#0b5cad', [95, 55, 0, 0]),
  rule: defineColor('rule', '#888888', [0, 0, 0, 55]),
  bar: defineColor('bar', '#0072b2', [100, 45, 0, 10]),
};

/** A struct node; keys are given by hand (paths, as layout makes them) so tests can point runs at them. */
export function node(key: string, role: StructRole, children: StructNode[] = [], extra: Partial<StructNode> = {}): StructNode {
  return { key, role, children, ...extra };
}

/** A 10 pt run with its width measured by the same fonts paint embeds. */
export function run(text: string, x: number, y: number, struct?: string, extra: Partial<PlacedText> = {}): PlacedText {
  const font: FontKey = extra.font ?? 'regular';
  const size = extra.size ?? 10;
  return { kind: 'text', x, y, width: fonts.width(text, font, size), text, font, size, color: colors.ink, ...(struct !== undefined && { struct }), ...extra };
}

/** A link as layout places it on a run: the run's ink box, baseline − ascent to baseline + descent. */
export function linkOf(r: PlacedText, href: string, struct = r.struct!): PlacedLink {
  const ascent = fonts.ascent(r.font, r.size);
  const descent = -fonts.descent(r.font, r.size);
  return { href, struct, box: { x: r.x, y: r.y - ascent, w: r.width, h: ascent + descent }, contents: href.replace(/^(mailto|tel):/, '') };
}

/** A run that is (part of) a link; `struct` is its Link node. */
export function linkRun(text: string, x: number, y: number, struct: string | undefined, href: string, extra: Partial<PlacedText> = {}): PlacedText {
  const r = run(text, x, y, struct, { color: colors.link, ...extra });
  return { ...r, link: linkOf(r, href, struct ?? '') };
}

/** 120 × 60 pt: a bar at x 0–30, y 20–60, and a label at (40, 40). */
export const CHART_SHAPES: VectorShape[] = [
  { kind: 'path', d: 'M0,20h30v40h-30Z', matrix: [1, 0, 0, 1, 0, 0], fill: { kind: 'solid', color: colors.bar } },
  { kind: 'text', matrix: [1, 0, 0, 1, 0, 0], x: 40, y: 40, text: 'Victims 2024', font: 'bold', size: 10, color: colors.ink },
];

export const CHART_ALT = 'Bar chart: 42 victims in 2024.';

export function chartItem(struct: string, over: Partial<PlacedVector> = {}): PlacedVector {
  return { kind: 'vector', x: 160, y: 60, w: 120, h: 60, name: 'chart "victims"', shapes: CHART_SHAPES, struct, ...over };
}

export const LINK_HREF = 'https://www.gov.si/';

export const structure = node('0', 'Document', [
  node('0.0', 'H1'),
  node('0.1', 'P', [node('0.1.0', 'Link')]),
  node('0.2', 'L', [
    node('0.2.0', 'LI', [node('0.2.0.0', 'Lbl'), node('0.2.0.1', 'LBody')]),
    node('0.2.1', 'LI', [node('0.2.1.0', 'Lbl'), node('0.2.1.1', 'LBody')]),
  ]),
  node('0.3', 'Table', [
    node('0.3.0', 'THead', [node('0.3.0.0', 'TR', [node('0.3.0.0.0', 'TH', [], { scope: 'Column' }), node('0.3.0.0.1', 'TH', [], { scope: 'Column' })])]),
    node('0.3.1', 'TBody', [node('0.3.1.0', 'TR', [node('0.3.1.0.0', 'TD'), node('0.3.1.0.1', 'TD')])]),
  ]),
  node('0.4', 'Figure', [], { alt: CHART_ALT, placed: { page: 1, box: { x: 160, y: 60, w: 120, h: 60 } } }),
]);

const page1: PlacedItem[] = [
  { kind: 'rect', x: 0, y: 0, w: 300, h: 40, color: colors.band, bleeds: true },
  run('Trafficking in Slovenia', 20, 28, '0.0', { font: 'bold', size: 16, color: colors.white }),
  run('Most victims were women', 20, 70, '0.1'),
  run('1', 280, 190),
];

const page2: PlacedItem[] = [
  run('exploited for sex; see', 20, 30, '0.1'),
  linkRun('gov.si', 125, 30, '0.1.0', LINK_HREF),
  run('for help.', 160, 30, '0.1'),
  run('•', 20, 50, '0.2.0.0'),
  run('Victims 42', 30, 50, '0.2.0.1'),
  run('•', 20, 64, '0.2.1.0'),
  run('Cases 17', 30, 64, '0.2.1.1'),
  run('Year', 20, 90, '0.3.0.0.0', { font: 'semibold' }),
  run('Victims', 80, 90, '0.3.0.0.1', { font: 'semibold' }),
  { kind: 'rule', x1: 20, y1: 94, x2: 140, y2: 94, color: colors.rule, width: 0.5 },
  run('2024', 20, 106, '0.3.1.0.0'),
  run('42', 80, 106, '0.3.1.0.1'),
  chartItem('0.4'),
  run('2', 280, 190),
];

export function sampleDocument(): LaidOutDocument {
  return {
    structure,
    pages: [
      { width: 300, height: 200, items: page1 },
      { width: 300, height: 200, items: page2 },
    ],
    outline: [{ title: 'Trafficking in Slovenia', page: 0, y: 12, children: [] }],
  };
}

/** Pages of `items`, with no outline: what most paint specs need. */
export function laidOut(structure: StructNode, ...pages: { width: number; height: number; items: PlacedItem[] }[]): LaidOutDocument {
  return { structure, pages, outline: [] };
}

export function sampleEnv(overrides: Partial<PaintEnv['meta']> = {}, output: Output = screenOutput): PaintEnv {
  return {
    fonts: fonts.pdfFonts(),
    output,
    meta: {
      title: 'Trgovina z ljudmi v Sloveniji (2019–2024)',
      lang: 'sl-SI',
      author: 'Ministrstvo za notranje zadeve',
      subject: 'Statistični pregled',
      keywords: ['trgovina z ljudmi', 'Slovenija'],
      creationDate: new Date('2025-03-01T09:00:00Z'),
      ...overrides,
    },
  };
}
