import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../src/layout/hyphenatorFor.js';
import { layoutDocument } from '../../src/layout/layoutDocument.js';
import { LayoutError } from '../../src/layout/LayoutError.js';
import { missingGlyphs, tooTall } from '../../src/layout/messages.js';
import { boxOf } from '../../src/layout/page/checkInsidePage.js';
import type { PlacedVector } from '../../src/layout/Page.js';
import type { Block, Span } from '../../src/markup/Block.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';
import {
  cell,
  chart,
  columns,
  content,
  doc,
  env,
  fakeChart,
  findAll,
  fonts,
  h2,
  keep,
  list,
  p,
  pagebreak,
  row,
  section,
  shape,
  texts,
  tiny,
  words,
} from './factories.js';

// Tiny pages: text area x 10–190, y 10–180 (170 pt); columns at x 10 and 105, 85 pt wide.
// Body text is 8 pt on 10 pt lines; no space between blocks unless a test asks.

/** A chart block `height` pt tall across the full width: a spacer that never splits. */
const spacer = (height: number, id = `s${height}`) => ({ id, block: chart(id), chart: fakeChart(id, 180, height) });
const withCharts = (...cs: ReturnType<typeof spacer>[]) => env({ charts: new Map(cs.map((c) => [c.id, c.chart])) });

/** Baselines of the text in a page's content, in order. */
const lineCount = (d: ReturnType<typeof layoutDocument>, page: number) => new Set(content(d, page).map((t) => t.y)).size;

const PARA = words(70);

describe('layoutDocument', () => {
  it('lays out a paragraph in lines no wider than the text width, starting at the top', () => {
    const d = layoutDocument(doc(p(PARA)), env());
    const lines = content(d, 0);
    expect(lines[0]!.x).toBe(tiny.left);
    expect(lines[0]!.y - fonts.ascent('regular', 8)).toBeGreaterThanOrEqual(tiny.top - 1);
    for (const t of lines) expect(t.x + t.width).toBeLessThanOrEqual(tiny.right);
  });

  describe('pagination', () => {
    const n = lineCount(layoutDocument(doc(p(PARA)), env()), 0);

    it('moves a paragraph whole rather than leave its first line alone at a page foot', () => {
      const s = spacer(170 - 10);
      const d = layoutDocument(doc(s.block, p(PARA)), withCharts(s));
      expect(lineCount(d, 0)).toBe(0);
      expect(lineCount(d, 1)).toBe(n);
    });

    it('splits a paragraph across pages without carrying its last line over alone', () => {
      expect(n).toBeGreaterThanOrEqual(5);
      // Room for all lines but one: the split leaves two lines for the next page.
      const s = spacer(170 - (n - 1) * 10);
      const d = layoutDocument(doc(s.block, p(PARA)), withCharts(s));
      expect([lineCount(d, 0), lineCount(d, 1)]).toEqual([n - 2, 2]);
    });

    it('keeps a heading with the first two lines of its paragraph', () => {
      // Heading 12 pt + two lines 20 pt: 25 pt left is not enough, 35 pt is.
      const tight = spacer(170 - 25);
      const d = layoutDocument(doc(tight.block, h2('Victims'), p(PARA)), withCharts(tight));
      expect(content(d, 0)).toEqual([]);
      expect(content(d, 1)[0]!.text).toBe('Victims');
      const roomy = spacer(170 - 35);
      const e = layoutDocument(doc(roomy.block, h2('Victims'), p(PARA)), withCharts(roomy));
      expect(content(e, 0).map((t) => t.text)).toHaveLength(3);
    });

    it('moves a keep group that does not fit under a column’s content to the next column, whole', () => {
      // 150 pt of chart leaves 20 pt in column 1; the group needs 30 pt. Text after it fills the
      // page, so the columns are not balanced here.
      const c = fakeChart('c', 85, 150);
      const tree = doc(columns(2, [chart('c'), keep([p('Kept one'), p('Kept two'), p('Kept three')]), p(words(300))]));
      const d = layoutDocument(tree, env({ charts: new Map([['c', c]]) }));
      const kept = content(d, 0).filter((t) => t.text.startsWith('Kept'));
      expect(kept.map((t) => t.x)).toEqual([105, 105, 105]);
      expect(kept[0]!.y - fonts.ascent('regular', 8)).toBeLessThan(tiny.top + 2);
    });

    it('keeps a keep group in one column even when balancing would split it', () => {
      const d = layoutDocument(doc(columns(2, [keep([p(words(20)), p(words(20))])])), env());
      expect(new Set(content(d, 0).map((t) => t.x))).toEqual(new Set([10]));
    });

    it('balances columns inside a keep group and moves the group whole', () => {
      // 13 lines of text first leave about 45 pt; the group (heading, a 40 pt chart beside a
      // 30 pt chart, a note) needs more, so it starts the next page with the charts side by side.
      const a = fakeChart('a', 85, 40);
      const b = fakeChart('b', 85, 30);
      const tree = doc(p(words(140)), keep([h2('Kept'), columns(2, [chart('a'), chart('b')]), p('Note')]));
      const d = layoutDocument(tree, env({ charts: new Map([['a', a], ['b', b]]) }));
      expect(d.pages).toHaveLength(2);
      const charts = d.pages[1]!.items.filter((i): i is PlacedVector => i.kind === 'vector');
      expect(charts.map((c) => [c.name, c.x, c.y])).toEqual([
        ['chart "a"', 10, charts[0]!.y],
        ['chart "b"', 105, charts[0]!.y],
      ]);
      const note = content(d, 1).find((t) => t.text === 'Note')!;
      // The note sits below the taller column (40 pt), not below the stacked 70 pt.
      expect(note.y).toBeGreaterThan(charts[0]!.y + 40);
      expect(note.y).toBeLessThan(charts[0]!.y + 40 + 15);
    });

    it('repeats a table’s head rows at the top of the next page, as artifacts', () => {
      const body = Array.from({ length: 14 }, (_, i) => row(cell(`${2000 + i}`), cell(`${i}`, { align: 'right' })));
      const table: Block = { kind: 'table', line: 4, head: [row(cell('Year', { header: true }), cell('Victims', { header: true }))], body, foot: [] };
      const d = layoutDocument(doc(table), env());
      expect(d.pages).toHaveLength(2);
      const second = texts(d.pages[1]!.items);
      expect(second.slice(0, 2).map((t) => [t.text, t.struct])).toEqual([
        ['Year', undefined],
        ['Victims', undefined],
      ]);
      const years = [...content(d, 0), ...content(d, 1)].filter((t) => /^20/.test(t.text)).map((t) => t.text);
      expect(years).toEqual(body.map((r) => (r.cells[0]!.spans[0] as Span).text));
    });

    it('starts a new page at a page break', () => {
      const d = layoutDocument(doc(p('One'), pagebreak(), p('Two')), env());
      expect(d.pages.map((_, i) => content(d, i).map((t) => t.text))).toEqual([['One'], ['Two']]);
    });

    it('reports a block taller than an empty page, naming it and the numbers', () => {
      const a = spacer(100, 'a');
      const b = spacer(100, 'b');
      const tree = doc(p('Intro'), keep([a.block, b.block], 3));
      expect(() => layoutDocument(tree, withCharts(a, b))).toThrow(new LayoutError(tooTall('keep', 3, 30, 170, 'an empty page')));
    });

    it('reports a chart taller than an empty column', () => {
      const tall = { id: 't', chart: fakeChart('t', 85, 200) };
      expect(() => layoutDocument(doc(columns(2, [chart('t', 7)])), env({ charts: new Map([['t', tall.chart]]) }))).toThrow(
        new LayoutError(tooTall('chart', 7, 30, 170)),
      );
    });
  });

  describe('columns', () => {
    it('balances columns that end on the page', () => {
      const d = layoutDocument(doc(columns(2, [list(['one', 'two', 'three', 'four', 'five', 'six'])])), env());
      const at = (text: string) => content(d, 0).find((t) => t.text === text)!;
      expect([at('one').x, at('three').x, at('four').x, at('six').x]).toEqual([21, 21, 116, 116]);
      expect(at('four').y).toBe(at('one').y);
      expect(at('six').y).toBe(at('three').y);
    });

    it('continues on the next page in as many columns', () => {
      const items = Array.from({ length: 40 }, (_, i) => `item ${i + 1}`);
      const d = layoutDocument(doc(columns(2, [list(items)])), env());
      expect(d.pages).toHaveLength(2);
      expect(new Set(content(d, 1).map((t) => t.x))).toEqual(new Set([21, 116]));
    });

    it('measures text for the column width', () => {
      const d = layoutDocument(doc(columns(2, [p(words(40))])), env());
      for (const t of content(d, 0)) expect(t.x + t.width - (t.x >= 105 ? 105 : 10)).toBeLessThanOrEqual(85);
    });
  });

  describe('arrangements', () => {
    // A list of 24 lines: one page in two columns (12 lines each), two pages in one. With the
    // back page, the policy's multiple of 3 and its 85 % fill ask for the folded arrangement.
    const items = Array.from({ length: 24 }, (_, i) => `item ${i + 1}`);
    const back: Block = { kind: 'fillpage', line: 9, children: [p('back')] };
    const policy = { pageMultiple: 3, minFill: 0.85, minFillBeforeLast: 0 };
    const withTable = (count: number) =>
      doc(section([h2('Forms'), columns(count, [list(items)])]), { kind: 'table', line: 5, head: [row(cell('Year', { header: true }), cell('2024', { header: true }))], body: [row(cell('Women', { header: true }), cell('5'))], foot: [], transpose: true }, back);

    it('folds columns into one where the policy asks for more pages than the markup’s columns give', () => {
      const d = layoutDocument(withTable(2), env({ policy }));
      expect(d.pages).toHaveLength(3);
      expect(new Set(content(d, 0).filter((t) => t.text.startsWith('item')).map((t) => t.x))).toEqual(new Set([tiny.left + 11]));
      expect(d.report.unmet).toEqual([]);
    });

    it('keeps the markup’s columns where they meet the policy', () => {
      const d = layoutDocument(withTable(2), env({ policy: { ...policy, pageMultiple: 2 } }));
      expect(d.pages).toHaveLength(2);
      expect(new Set(content(d, 0).filter((t) => t.text.startsWith('item')).map((t) => t.x)).size).toBe(2);
    });

    it('widens columns of text by one where the theme allows it and the policy asks for fewer pages', () => {
      // 40 lines: 20 a column in two (200 pt, two pages), 14 in three (140 pt, one page); with the back page, 2 pages is even.
      const many = Array.from({ length: 40 }, (_, i) => `w${i + 1}`);
      const tree = doc(columns(2, [list(many)]), back);
      const even = { pageMultiple: 2, minFill: 0, minFillBeforeLast: 0 };
      const theme = (widen: boolean) => ({ ...env().theme, page: { ...env().theme.page, minColumnWidth: 50, columnChoices: { fold: true, widen } } });
      const wide = layoutDocument(tree, env({ policy: even, theme: theme(true) }));
      expect(wide.pages).toHaveLength(2);
      expect(new Set(content(wide, 0).map((t) => t.x)).size).toBe(3);
      expect(wide.report.columns).toEqual([{ line: 1, count: 3 }]);
      // Not allowed to widen, it meets the even count with one page more instead.
      const kept = layoutDocument(tree, env({ policy: even, theme: theme(false) }));
      expect(kept.pages).toHaveLength(4);
      expect(kept.report.columns.filter((c) => c.count === 3)).toEqual([]);
    });

    it('leaves no structure of the arrangements it weighed: the tree is that of the chosen one laid out directly', () => {
      const chosen = layoutDocument(withTable(2), env({ policy }));
      const direct = layoutDocument(withTable(1), env({ policy }));
      expect(chosen.structure).toEqual(direct.structure);
      expect(findAll(chosen.structure, 'Table')).toHaveLength(1);
    });
  });

  describe('structure', () => {
    const charts = new Map([['c', fakeChart('c', 85, 40)]]);
    const link: Span = { text: 'website of the national coordinator for combating trafficking in human beings', href: 'https://www.gov.si' };
    const tree = doc(
      { kind: 'banner', line: 1, title: [{ text: 'Trafficking' }], subtitle: [{ text: 'Facts' }] },
      section([h2('Forms'), p([{ text: 'See the ' }, link, { text: '.' }]), list(['labour'])]),
      columns(2, [section([h2('Origin'), chart('c')])]),
      keep([{ kind: 'contact', line: 9, name: [{ text: 'Police' }], lines: [[{ text: '113' }]] }]),
    );
    const d = layoutDocument(tree, env({ charts, theme: { ...env().theme, space: { ...env().theme.space, bannerHeight: 40 } } }));

    it('follows the markup in reading order', () => {
      expect(shape(d.structure)).toEqual([
        'Document',
        ['H1', 'P', ['Sect', ['H2', ['P', ['Link']], ['L', [['LI', ['Lbl', 'LBody']]]]]], ['Sect', ['H2', 'Figure']], ['Div', ['H3', 'P']]],
      ]);
    });

    it('gives the same pages, tree and keys when the same blocks are laid out again (no id counter)', () => {
      const again = layoutDocument(tree, env({ charts, theme: { ...env().theme, space: { ...env().theme.space, bannerHeight: 40 } } }));
      expect(again).toEqual(d);
    });

    it('keys every node by its path from the root, so keys are unique', () => {
      const keys: string[] = [];
      const walk = (n: typeof d.structure, key: string) => {
        expect(n.key).toBe(key);
        keys.push(n.key);
        n.children.forEach((c, i) => walk(c, `${key}.${i}`));
      };
      walk(d.structure, '0');
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('tags a link broken across lines as one Link whose runs carry its key, target and clickable box', () => {
      const [linkNode] = findAll(d.structure, 'Link');
      const runs = d.pages.flatMap((pg) => texts(pg.items)).filter((t) => t.link !== undefined);
      expect(runs.length).toBeGreaterThan(1);
      for (const t of runs) {
        expect(t.struct).toBe(linkNode!.key);
        expect(t.link).toMatchObject({ href: 'https://www.gov.si', struct: linkNode!.key, contents: 'https://www.gov.si' });
        // The box covers the run: from its left end, as wide as measured, around its baseline.
        expect([t.link!.box.x, t.link!.box.w]).toEqual([t.x, t.width]);
        expect(t.link!.box.y).toBeLessThan(t.y);
        expect(t.link!.box.y + t.link!.box.h).toBeGreaterThan(t.y);
      }
    });

    it('points the chart at its Figure, which carries the alt text and the box it is drawn in', () => {
      const [figure] = findAll(d.structure, 'Figure');
      const placed = d.pages[0]!.items.find((i): i is PlacedVector => i.kind === 'vector')!;
      expect(figure!.alt).toBe('Alt of c');
      expect(placed.struct).toBe(figure!.key);
      expect(figure!.placed).toEqual({ page: 0, box: { x: placed.x, y: placed.y, w: 85, h: 40 } });
    });

    it('points every content text at a node of the tree', () => {
      const keys = new Set<string>();
      const walk = (n: typeof d.structure) => (keys.add(n.key), n.children.forEach(walk));
      walk(d.structure);
      for (const pg of d.pages) for (const t of texts(pg.items)) if (t.struct !== undefined) expect(keys.has(t.struct)).toBe(true);
    });

    it('makes the headings the outline, each under the nearest higher heading before it', () => {
      const titles = (entries: typeof d.outline): unknown[] => entries.map((e) => (e.children.length ? [e.title, titles(e.children)] : e.title));
      expect(titles(d.outline)).toEqual([['Trafficking', ['Forms', ['Origin', ['Police']]]]]);
      expect(d.outline[0]!.page).toBe(0);
    });
  });

  describe('page furniture', () => {
    it('draws the footer text and page label on every page, as artifacts', () => {
      const d = layoutDocument(doc(p('One'), pagebreak(), p('Two'), pagebreak(), p('Three')), env());
      expect(d.pages).toHaveLength(3);
      d.pages.forEach((pg, i) => {
        const footer = texts(pg.items).filter((t) => t.struct === undefined);
        expect(footer.map((t) => t.text)).toEqual(['Ministry', `${i + 1} / 3`]);
        expect(footer.every((t) => t.y === 200 - 8)).toBe(true);
      });
    });

    it('keeps every item inside its page', () => {
      const s = spacer(60);
      const tree = doc(
        { kind: 'banner', line: 1, title: [{ text: 'Trafficking in Human Beings' }], subtitle: [{ text: 'Facts' }] },
        columns(2, [list(Array.from({ length: 30 }, (_, i) => `item ${i}`)), p(words(80))]),
        s.block,
        p(words(200)),
      );
      const d = layoutDocument(tree, withCharts(s));
      for (const pg of d.pages) {
        for (const item of pg.items) {
          const box = boxOf(item, fonts);
          expect(box.x0).toBeGreaterThanOrEqual(0);
          expect(box.y0).toBeGreaterThanOrEqual(0);
          expect(box.x1).toBeLessThanOrEqual(pg.width);
          expect(box.y1).toBeLessThanOrEqual(pg.height);
        }
        const flowed = texts(pg.items).filter((t) => t.struct !== undefined && t.size === 8);
        for (const t of flowed) expect(t.y - fonts.descent(t.font, t.size)).toBeLessThanOrEqual(tiny.bottom + 1);
      }
    });
  });

  it('reports every character the fonts lack at once, with its markup line', () => {
    const tree = doc(p('Trafficking 中', 3), p([{ text: 'ᚠ', bold: true }], 5));
    const footer = { text: 'Ministry ᚠ', pageLabel: () => '1' };
    expect(() => layoutDocument(tree, env({ footer }))).toThrow(
      new LayoutError(
        missingGlyphs([
          { char: '中', font: 'regular', where: 3 },
          { char: 'ᚠ', font: 'bold', where: 5 },
          { char: 'ᚠ', font: 'regular', where: 'footer' },
        ]),
      ),
    );
  });

  // Speed is measured by `npm run bench`, not asserted here.
  it('flows a long document (3360 words) over pages, in columns, without error', () => {
    const para = 'Trafficking in human beings is a serious violation of fundamental rights and a serious form of crime that the working group coordinates against. ';
    const blocks: Block[] = [];
    for (let i = 0; i < 20; i++) blocks.push(h2(`Section ${i + 1}`), p(para.repeat(3)), columns(2, [list([para, para]), p(para.repeat(2))]));
    const tree = doc(...blocks);
    // 24 words a sentence, 7 sentences a section, 20 sections: 3360 words.
    expect(para.trim().split(' ').length * 7 * 20).toBeGreaterThan(2500);
    const d = layoutDocument(tree, env({ theme: defaultTheme, hyphenate: hyphenatorFor('en') }));
    expect(d.pages.length).toBeGreaterThan(3);
    const words = d.pages.flatMap((pg) => pg.items).filter((i) => i.kind === 'text' && i.struct !== undefined);
    expect(words.map((w) => (w.kind === 'text' ? w.text : '')).join(' ')).toContain('Section 20');
  });
});
