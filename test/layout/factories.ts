/**
 * Tiny factories for layout specs: a 200 × 200 pt page, hand-built blocks, fake charts.
 * Fonts are the real ones, so widths are the widths the painter will draw.
 */
import type { ChartBox } from '../../src/layout/ChartBox.js';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import type { Block, BlockTree, Span, TableCell, TableRow } from '../../src/markup/Block.js';
import { hyphenatorFor } from '../../src/layout/hyphenatorFor.js';
import { createGlyphCheck } from '../../src/layout/glyphCheck.js';
import type { LayoutEnv } from '../../src/layout/layoutDocument.js';
import { anyPages } from '../../src/layout/PagePolicy.js';
import { noChoices, type MeasureContext } from '../../src/layout/MeasureContext.js';
import type { LaidOutDocument, PlacedItem, PlacedText, StructNode } from '../../src/layout/Page.js';
import { type Theme } from '../../src/model/Theme.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';

export const fonts = loadFontSet(new URL('../../fonts', import.meta.url).pathname);

const { colors } = defaultTheme;

/**
 * 200 × 200 pt; margins 10 pt (20 pt at the bottom, for the footer); body 8/10 pt; no spacing
 * unless asked. Columns (charts included) fold below 60 pt, so two columns (85 pt) stay two.
 */
export function tinyTheme(space: Partial<Theme['space']> = {}): Theme {
  return {
    ...defaultTheme,
    page: { size: 'a4', width: 200, height: 200, margin: { top: 10, right: 10, bottom: 20, left: 10 }, columnGap: 10, minColumnWidth: 60, columnChoices: { fold: true, widen: false } },
    type: {
      ...defaultTheme.type,
      body: { font: 'regular', size: 8, leading: 10, color: colors.text },
      h2: { font: 'semibold', size: 10, leading: 12, color: colors.accentDark },
      bannerTitle: { font: 'bold', size: 12, leading: 14, color: colors.white },
      bannerSubtitle: { font: 'regular', size: 8, leading: 10, color: colors.white },
      footer: { font: 'regular', size: 5, leading: 6, color: colors.muted },
    },
    space: { ...defaultTheme.space, paragraph: 0, beforeHeading: 0, afterHeading: 0, block: 0, bannerHeight: 50, footerBaseline: 8, ...space },
    chart: { ...defaultTheme.chart, minWidth: 60 },
  };
}

/** The text area of `tinyTheme`: 180 pt wide, 170 pt tall (y from 10 to 180); two columns of 85 pt. */
export const tiny = { top: 10, bottom: 180, left: 10, right: 190, column: 85 };

export function env(over: Partial<LayoutEnv> = {}): LayoutEnv {
  return {
    fonts,
    theme: tinyTheme(),
    policy: anyPages,
    charts: new Map(),
    hyphenate: hyphenatorFor('en'),
    footer: { text: 'Ministry', pageLabel: (n, total) => `${n} / ${total}` },
    ...over,
  };
}

/** What a block measurer needs, with a fresh glyph check; measure under a fresh `structRoot()`. */
export function measureContext(over: Partial<LayoutEnv> = {}): MeasureContext {
  const e = env(over);
  return { fonts, theme: e.theme, charts: e.charts, hyphenate: e.hyphenate, glyphs: createGlyphCheck(fonts), choices: noChoices, lines: new WeakMap() };
}

export function doc(...blocks: Block[]): BlockTree {
  return { title: 'Test', lang: 'en', blocks };
}

const spans = (text: string | Span[]): Span[] => (typeof text === 'string' ? [{ text }] : text);

export const p = (text: string | Span[], line = 1): Block => ({ kind: 'paragraph', line, style: 'body', spans: spans(text) });
export const h2 = (text: string, line = 1): Block => ({ kind: 'heading', line, level: 2, spans: spans(text) });
export const list = (items: string[], line = 1): Block => ({ kind: 'list', line, items: items.map((t) => spans(t)) });
export const chart = (ref: string, line = 1): Block => ({ kind: 'chart', line, ref });
export const keep = (children: Block[], line = 1): Block => ({ kind: 'keep', line, children });
export const section = (children: Block[], line = 1): Block => ({ kind: 'section', line, children });
export const columns = (count: number, children: Block[], line = 1): Block => ({ kind: 'columns', line, count, children });
export const pagebreak = (line = 1): Block => ({ kind: 'pagebreak', line });

export const cell = (text: string, over: Partial<TableCell> = {}): TableCell => ({ spans: spans(text), header: false, align: 'left', ...over });
export const row = (...cells: TableCell[]): TableRow => ({ cells });

/** A chart's box `width` × `height` pt, its height fixed unless a range is given (`least`, `most`). */
export function fakeChart(id: string, width: number, height: number, range: { least?: number; most?: number } = {}): ChartBox {
  return { width, least: range.least ?? height, preferred: height, most: range.most ?? height, extra: 0, alt: `Alt of ${id}`, tables: [] };
}

/** `n` numbered lines' worth of words: "w1 w2 …", each word short enough to never hyphenate. */
export function words(n: number, prefix = 'w'): string {
  return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`).join(' ');
}

export const texts = (items: readonly PlacedItem[]): PlacedText[] => items.filter((i): i is PlacedText => i.kind === 'text');

/** Text items that belong to the structure (not artifacts such as footers). */
export const content = (d: LaidOutDocument, page: number): PlacedText[] => texts(d.pages[page]!.items).filter((t) => t.struct !== undefined);

/** The structure tree as nested roles, e.g. ['Document', [['Sect', [...]]]], for shape assertions. */
export type Shape = [string, Shape[]] | string;
export function shape(node: StructNode): Shape {
  return node.children.length === 0 ? node.role : [node.role, node.children.map(shape)];
}

export function findAll(node: StructNode, role: string): StructNode[] {
  return [...(node.role === role ? [node] : []), ...node.children.flatMap((c) => findAll(c, role))];
}
