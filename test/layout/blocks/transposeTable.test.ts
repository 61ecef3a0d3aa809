import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../../../src/markup/Block.js';
import { measureTable } from '../../../src/layout/blocks/measureTable.js';
import { transposeTable } from '../../../src/layout/blocks/transposeTable.js';
import { structRoot } from '../../../src/layout/structNodes.js';
import { cell, findAll, measureContext, row, texts } from '../factories.js';

const head = (text: string) => cell(text, { header: true, scope: 'col' });
const label = (text: string) => cell(text, { header: true, scope: 'row' });
const figure = (text: string) => cell(text, { align: 'right' });

/** Groups by year: years as columns, a Total column, a Total row (as buildContext writes it). */
const byYear: TableBlock = {
  kind: 'table',
  line: 3,
  head: [row(head('Year'), head('2023'), head('2024'), head('Total'))],
  body: [row(label('Women'), figure('5'), figure('7'), figure('12')), row(label('Men'), figure('1'), figure('2'), figure('3'))],
  foot: [row(label('Total'), figure('6'), figure('9'), figure('15'))],
  widths: [2, 1, 1, 1],
  transpose: true,
  totalColumns: 1,
};

const textOf = (r: TableBlock['head'][number]) => r.cells.map((c) => c.spans.map((s) => s.text).join(''));

describe('transposeTable', () => {
  it('turns years into rows, the Total column into the Total row and the Total row into a column', () => {
    const t = transposeTable(byYear);
    expect(t.head.map(textOf)).toEqual([['Year', 'Women', 'Men', 'Total']]);
    expect(t.body.map(textOf)).toEqual([
      ['2023', '5', '1', '6'],
      ['2024', '7', '2', '9'],
    ]);
    expect(t.foot.map(textOf)).toEqual([['Total', '12', '3', '15']]);
    expect(t.widths).toBeUndefined();
  });

  it('makes the first row column heads and the first column row heads, figures right-aligned', () => {
    const t = transposeTable(byYear);
    expect(t.head[0]!.cells.map((c) => [c.header, c.scope])).toEqual([[true, 'col'], [true, 'col'], [true, 'col'], [true, 'col']]);
    expect(t.body[0]!.cells.map((c) => [c.header, c.scope ?? null, c.align])).toEqual([
      [true, 'row', 'left'],
      [false, null, 'right'],
      [false, null, 'right'],
      [false, null, 'right'],
    ]);
  });

  it('gives back the table it was made from when transposed twice', () => {
    const twice = transposeTable(transposeTable(byYear));
    expect([...twice.head, ...twice.body, ...twice.foot].map(textOf)).toEqual([...byYear.head, ...byYear.body, ...byYear.foot].map(textOf));
  });
});

describe('measureTable with transpose="auto"', () => {
  const wide = (n: number): TableBlock => ({
    ...byYear,
    head: [row(head('Year'), ...Array.from({ length: n }, (_, i) => head(String(2010 + i))), head('Total'))],
    body: [row(label('Women'), ...Array.from({ length: n }, () => figure('1,000,000')), figure('15,000,000'))],
    foot: [],
    widths: undefined,
  });

  it('keeps the years as columns where their figures fit', () => {
    const root = structRoot();
    const d = measureTable(byYear, 180, measureContext(), root).draw(0, 0);
    expect(texts(d).slice(0, 4).map((t) => t.text)).toEqual(['Year', '2023', '2024', 'Total']);
    expect(findAll(root, 'Table')).toHaveLength(1);
    expect(findAll(root, 'TR')).toHaveLength(4);
  });

  it('sets the table transposed where a figure would not fit its column, leaving no structure of the first try', () => {
    const root = structRoot();
    const d = measureTable(wide(15), 180, measureContext(), root).draw(0, 0);
    expect(texts(d).slice(0, 2).map((t) => t.text)).toEqual(['Year', 'Women']);
    // One Table: a head row, a row per year, the Total row; nothing of the table that did not fit.
    expect(findAll(root, 'Table')).toHaveLength(1);
    expect(findAll(root, 'TR')).toHaveLength(17);
    expect(findAll(root, 'TD')).toHaveLength(16);
  });

  it('sets it transposed where composition chose so', () => {
    const ctx = { ...measureContext(), choices: { columns: new Map<Block, number>(), transposed: new Set<Block>([byYear]) } };
    const d = measureTable(byYear, 180, ctx, structRoot()).draw(0, 0);
    expect(texts(d).slice(0, 4).map((t) => t.text)).toEqual(['Year', 'Women', 'Men', 'Total']);
  });
});
