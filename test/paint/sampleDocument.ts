/**
 * A hand-built, two-page laid-out document with one of everything paint must handle:
 * a heading, a paragraph that continues on page 2 with a link inside, a list, a 2×2 table
 * with header cells, a chart with a text label, and decoration (banner, rule, page numbers).
 */
import type { ChartSvg } from '../../src/chartsvg/ChartSvg.js';
import { loadFontSet, type FontKey } from '../../src/fonts/FontSet.js';
import type { LaidOutDocument, PlacedItem, PlacedText, StructNode, StructRole } from '../../src/layout/Page.js';
import type { PaintEnv } from '../../src/paint/paintDocument.js';

export const fonts = loadFontSet(new URL('../../fonts', import.meta.url).pathname);

/** A struct node; ids are given by hand so tests can point runs at them. */
export function node(id: number, role: StructRole, children: StructNode[] = [], extra: Partial<StructNode> = {}): StructNode {
  return { id, role, children, ...extra };
}

/** A 10 pt run with its width measured by the same fonts paint embeds. */
export function run(text: string, x: number, y: number, struct?: number, extra: Partial<PlacedText> = {}): PlacedText {
  const font: FontKey = extra.font ?? 'regular';
  const size = extra.size ?? 10;
  return { kind: 'text', x, y, width: fonts.width(text, font, size), text, font, size, color: '#1a1a1a', struct, ...extra };
}

export const CHART_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">
  <rect x="0" y="20" width="30" height="40" fill="#0072b2"/>
  <text x="40" y="40" font-family="'Source Sans 3', sans-serif" font-size="10" font-weight="600">Victims 2024</text>
</svg>`;

export const chart: ChartSvg = { id: 'victims', svg: CHART_SVG, width: 120, height: 60, alt: 'Bar chart: 42 victims in 2024.' };

export const LINK_HREF = 'https://www.gov.si/';

export const structure = node(0, 'Document', [
  node(1, 'H1'),
  node(2, 'P', [node(3, 'Link')]),
  node(4, 'L', [
    node(5, 'LI', [node(6, 'Lbl'), node(7, 'LBody')]),
    node(8, 'LI', [node(9, 'Lbl'), node(10, 'LBody')]),
  ]),
  node(11, 'Table', [
    node(12, 'THead', [node(13, 'TR', [node(14, 'TH', [], { scope: 'Column' }), node(15, 'TH', [], { scope: 'Column' })])]),
    node(16, 'TBody', [node(17, 'TR', [node(18, 'TD'), node(19, 'TD')])]),
  ]),
  node(20, 'Figure', [], { alt: chart.alt }),
]);

const page1: PlacedItem[] = [
  { kind: 'rect', x: 0, y: 0, w: 300, h: 40, color: '#1f3a5f' },
  run('Trafficking in Slovenia', 20, 28, 1, { font: 'bold', size: 16, color: '#ffffff' }),
  run('Most victims were women', 20, 70, 2),
  run('1', 280, 190),
];

const page2: PlacedItem[] = [
  run('exploited for sex; see', 20, 30, 2),
  run('gov.si', 125, 30, 3, { href: LINK_HREF, color: '#0b5cad' }),
  run('for help.', 160, 30, 2),
  run('•', 20, 50, 6),
  run('Victims 42', 30, 50, 7),
  run('•', 20, 64, 9),
  run('Cases 17', 30, 64, 10),
  run('Year', 20, 90, 14, { font: 'semibold' }),
  run('Victims', 80, 90, 15, { font: 'semibold' }),
  { kind: 'rule', x1: 20, y1: 94, x2: 140, y2: 94, color: '#888888', width: 0.5 },
  run('2024', 20, 106, 18),
  run('42', 80, 106, 19),
  { kind: 'chart', x: 160, y: 60, w: 120, h: 60, ref: 'victims', struct: 20 },
  run('2', 280, 190),
];

export function sampleDocument(): LaidOutDocument {
  return {
    structure,
    pages: [
      { width: 300, height: 200, items: page1 },
      { width: 300, height: 200, items: page2 },
    ],
  };
}

export function sampleEnv(overrides: Partial<PaintEnv['meta']> = {}): PaintEnv {
  return {
    fonts,
    charts: new Map([[chart.id, chart]]),
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
