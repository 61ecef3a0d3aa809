import { describe, expect, it } from 'vitest';
import { measureBigNumbers } from '../../../src/layout/blocks/measureBigNumbers.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { tooWide } from '../../../src/layout/messages.js';
import type { BigNumbersBlock } from '../../../src/markup/Block.js';
import { fonts, measureContext, shape, texts, tinyTheme } from '../factories.js';
import { structRoot } from '../../../src/layout/structNodes.js';

const block = (...items: [string, string][]): BigNumbersBlock => ({ kind: 'bignumbers', line: 11, items: items.map(([value, label]) => ({ value, label: [{ text: label }] })) });
const theme = tinyTheme();

describe('measureBigNumbers', () => {
  it('sets the items side by side in equal cells, each value above its label', () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = texts(measureBigNumbers(block(['85', 'Suspects'], ['24', 'Accused'], ['9', 'Convicted']), 180, ctx, root).draw(0, 0));
    const cell = (180 - 2 * theme.page.columnGap) / 3;
    const at = (text: string) => items.find((t) => t.text === text)!;
    expect([at('85').x, at('24').x, at('9').x]).toEqual([0, cell + theme.page.columnGap, 2 * (cell + theme.page.columnGap)]);
    expect(at('Accused').x).toBe(at('24').x);
    expect(at('Accused').y).toBeGreaterThan(at('24').y);
    expect(at('85')).toMatchObject({ font: theme.type.bigNumber.font, size: theme.type.bigNumber.size });
  });

  it('tags each item as one paragraph, value then label, inside a Div', () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = texts(measureBigNumbers(block(['85', 'Suspects'], ['24', 'Accused']), 180, ctx, root).draw(0, 0));
    const div = root.children[0]!;
    expect(shape(div)).toEqual(['Div', ['P', 'P']]);
    expect(items.filter((t) => t.struct === div.children[0]!.key).map((t) => t.text)).toEqual(['85', 'Suspects']);
  });

  it('sets all values smaller, alike, where the widest would not fit its cell', () => {
    const ctx = measureContext();
    const value = '1,234,567';
    const width = fonts.width(value, theme.type.bigNumber.font, theme.type.bigNumber.size);
    const cell = width * 0.8;
    const items = texts(measureBigNumbers(block([value, 'Euro'], ['7', 'Days']), 2 * cell + theme.page.columnGap, ctx, structRoot()).draw(0, 0));
    const at = (text: string) => items.find((t) => t.text === text)!;
    expect(at(value).size).toBeCloseTo(theme.type.bigNumber.size * 0.8, 5);
    expect(at('7').size).toBe(at(value).size);
  });

  it('reports a value wider than its cell even at half the size', () => {
    const ctx = measureContext();
    const root = structRoot();
    const value = '1,234,567';
    const half = fonts.width(value, theme.type.bigNumber.font, theme.type.bigNumber.size / 2);
    const cell = half - 5;
    expect(() => measureBigNumbers(block([value, 'Euro']), cell, ctx, root)).toThrow(new LayoutError(tooWide('bignumbers', 11, half - cell, cell, 'its cell')));
  });
});
