import { describe, expect, it } from 'vitest';
import { attachStructure } from '../../src/layout/attachStructure.js';
import type { OutlineEntry, Page, PlacedItem, PlacedText, PlacedVector, StructNode } from '../../src/layout/Page.js';
import { addNode, structRoot } from '../../src/layout/structNodes.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';

const ink = defaultTheme.colors.text;
const page = (...items: PlacedItem[]): Page => ({ width: 200, height: 200, items });
/** A 10 pt run with its baseline at `y`. */
const text = (value: string, y: number, struct?: string): PlacedText => ({ kind: 'text', x: 10, y, width: 50, text: value, font: 'regular', size: 10, color: ink, ...(struct !== undefined && { struct }) });
const vector = (struct: string, box: { x: number; y: number; w: number; h: number }): PlacedVector => ({ kind: 'vector', ...box, name: 'chart "c"', shapes: [], struct });

/** Titles and pages as nested lists: `['Title@0', [...children]]`. */
const tree = (entries: OutlineEntry[]): unknown[] => entries.map((e) => (e.children.length ? [`${e.title}@${e.page}`, tree(e.children)] : `${e.title}@${e.page}`));

describe('attachStructure', () => {
  it('gives a Figure the page and box its vector item was placed in', () => {
    const root = structRoot();
    const p = addNode(root, 'P');
    const figure = addNode(root, 'Figure', { alt: 'A chart' });
    attachStructure(root, [page(text('Intro', 20, p.key)), page(vector(figure.key, { x: 10, y: 30, w: 120, h: 60 }))]);
    expect(figure.placed).toEqual({ page: 1, box: { x: 10, y: 30, w: 120, h: 60 } });
    expect(p.placed).toBeUndefined();
  });

  it('nests H2 under H1 and H3 under H2, each entry on the page where its heading starts', () => {
    const root = structRoot();
    const h1 = addNode(root, 'H1');
    const sect = addNode(root, 'Sect');
    const forms = addNode(sect, 'H2');
    const children = addNode(sect, 'H3');
    const help = addNode(root, 'H2');
    const police = addNode(addNode(root, 'Div'), 'H3');
    const outline = attachStructure(root, [
      page(text('Trafficking', 30, h1.key), text('Forms', 80, forms.key)),
      page(text('Children', 20, children.key), text('Help', 120, help.key)),
      page(text('Police', 40, police.key)),
    ]);
    expect(tree(outline)).toEqual([['Trafficking@0', [['Forms@0', ['Children@1']], ['Help@1', ['Police@2']]]]]);
    // The entry points at the heading's top: its first baseline less the type size.
    expect(outline[0]!.y).toBe(30 - 10);
  });

  // Layout's lines carry no trailing space: the title joins them with one.
  it('joins a heading broken over lines into one title, a space between the lines', () => {
    const root = structRoot();
    const h2 = addNode(root, 'H2');
    const [entry] = attachStructure(root, [page(text('Forms of human', 30, h2.key), text('trafficking', 42, h2.key))]);
    expect(entry!.title).toBe('Forms of human trafficking');
  });

  it('reads a word hyphenated at a line break as the whole word', () => {
    const root = structRoot();
    const h2 = addNode(root, 'H2');
    const first: PlacedText = { ...text('Traffick-', 30, h2.key), actualText: 'Traffick' };
    const [entry] = attachStructure(root, [page(first, text('ing', 42, h2.key))]);
    expect(entry!.title).toBe('Trafficking');
  });

  it('throws on an item whose structure key is not in the tree', () => {
    const root: StructNode = structRoot();
    addNode(root, 'P');
    expect(() => attachStructure(root, [page(text('ok', 20, '0.0')), page(text('lost', 20, '0.7'))])).toThrow(
      'layout: an item on page 2 refers to structure node 0.7, which is not in the tree',
    );
  });

  it('leaves decoration alone: artifacts have no node to find', () => {
    const root = structRoot();
    expect(() => attachStructure(root, [page(text('1 / 2', 190), { kind: 'rect', x: 0, y: 0, w: 200, h: 10, color: ink })])).not.toThrow();
  });
});
