import { describe, expect, it } from 'vitest';
import { measureTable } from '../../../src/layout/blocks/measureTable.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { tableWidthsMismatch } from '../../../src/layout/messages.js';
import type { PlacedRect, PlacedRule } from '../../../src/layout/Page.js';
import type { TableBlock } from '../../../src/markup/Block.js';
import { cell, fonts, measureContext, row, shape, texts, tinyTheme } from '../factories.js';
import { structRoot } from '../../../src/layout/structNodes.js';

const th = (text: string, scope?: 'col' | 'row') => cell(text, { header: true, scope });
const num = (text: string) => cell(text, { align: 'right' });

function table(over: Partial<TableBlock> = {}): TableBlock {
  return {
    kind: 'table',
    line: 42,
    head: [row(th('Year', 'col'), th('Women', 'col'), th('Men', 'col'))],
    body: [row(th('2019', 'row'), num('6'), num('1')), row(th('2020', 'row'), num('27'), num('0'))],
    foot: [row(th('Total', 'row'), num('33'), num('1'))],
    widths: [2, 1, 1],
    ...over,
  };
}

const theme = tinyTheme();
const { cellPadX, cellPadY } = theme.space;

describe('measureTable', () => {
  it('tags head, body and foot rows, header cells with their scope', () => {
    const ctx = measureContext();
    const root = structRoot();
    measureTable(table(), 180, ctx, root);
    const [tableNode] = root.children;
    expect(shape(tableNode!)).toEqual([
      'Table',
      [
        ['THead', [['TR', ['TH', 'TH', 'TH']]]],
        ['TBody', [['TR', ['TH', 'TD', 'TD']], ['TR', ['TH', 'TD', 'TD']]]],
        ['TFoot', [['TR', ['TH', 'TD', 'TD']]]],
      ],
    ]);
    const scopes = (i: number) => tableNode!.children[i]!.children[0]!.children.map((c) => c.scope);
    expect(scopes(0)).toEqual(['Column', 'Column', 'Column']);
    expect(scopes(1)).toEqual(['Row', undefined, undefined]);
  });

  it('defaults a header cell’s scope to Column in the head and Row elsewhere', () => {
    const ctx = measureContext();
    const root = structRoot();
    measureTable(table({ head: [row(th('Year'))], body: [row(th('2019'))], foot: [], widths: undefined }), 180, ctx, root);
    const cells = root.children[0]!.children.map((g) => g.children[0]!.children[0]!.scope);
    expect(cells).toEqual(['Column', 'Row']);
  });

  it('honours relative column widths and right-aligns numeric cells in their column', () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = measureTable(table(), 180, ctx, root).draw(0, 0);
    const six = texts(items).find((t) => t.text === '6')!;
    // Columns 90, 45, 45 pt: "6" ends at the second column's right edge less its padding.
    expect(six.x + six.width).toBeCloseTo(135 - cellPadX, 9);
    expect(texts(items).find((t) => t.text === '2019')!.x).toBeCloseTo(cellPadX, 9);
  });

  it('tints the head, parts body rows with hairlines and sets totals in the head’s weight under a rule', () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = measureTable(table(), 180, ctx, root).draw(0, 0);
    const rowHeight = theme.type.table.leading + 2 * cellPadY;
    expect(items.filter((i): i is PlacedRect => i.kind === 'rect')).toEqual([{ kind: 'rect', x: 0, y: 0, w: 180, h: rowHeight, color: theme.colors.accentTint }]);
    const rules = items.filter((i): i is PlacedRule => i.kind === 'rule');
    expect(rules.map((r) => [r.y1, r.color])).toEqual([
      [2 * rowHeight, theme.colors.rule],
      [3 * rowHeight, theme.colors.rule],
      [3 * rowHeight, theme.colors.accentDark],
    ]);
    expect(texts(items).find((t) => t.text === 'Total')!.font).toBe(theme.type.tableHead.font);
  });

  it('makes a row as tall as its most wrapped cell', () => {
    const ctx = measureContext();
    const root = structRoot();
    const long = table({ body: [row(th('Victims in the reintegration programme'), num('6'), num('1'))], foot: [] });
    const flow = measureTable(long, 120, ctx, root);
    const lines = new Set(texts(flow.draw(0, 0)).filter((t) => t.y > 15).map((t) => t.y)).size;
    expect(lines).toBeGreaterThan(1);
    const { leading } = theme.type.table;
    expect(flow.height).toBeCloseTo(theme.type.tableHead.leading + 2 * cellPadY + lines * leading + 2 * cellPadY, 9);
  });

  it('repeats the head rows, as artifacts, on every piece after a split', () => {
    const ctx = measureContext();
    const root = structRoot();
    const body = Array.from({ length: 6 }, (_, i) => row(th(`${2019 + i}`), num(`${i}`), num('0')));
    const flow = measureTable(table({ body }), 180, ctx, root);
    const rowHeight = theme.type.table.leading + 2 * cellPadY;
    const { head, tail } = flow.split(3.5 * rowHeight, false)!;
    expect(texts(head.draw(0, 0)).filter((t) => /^20/.test(t.text)).map((t) => t.text)).toEqual(['2019', '2020']);
    const again = texts(tail.draw(0, 0));
    expect(again.slice(0, 3).map((t) => [t.text, t.struct])).toEqual([
      ['Year', undefined],
      ['Women', undefined],
      ['Men', undefined],
    ]);
    expect(again.filter((t) => /^20/.test(t.text)).map((t) => t.text)).toEqual(['2021', '2022', '2023', '2024']);
    expect(again.find((t) => t.text === '2021')!.struct).toBeDefined();
  });

  it('rejects widths that do not match the columns', () => {
    const ctx = measureContext();
    const root = structRoot();
    expect(() => measureTable(table({ widths: [1, 1] }), 180, ctx, root)).toThrow(new LayoutError(tableWidthsMismatch(42, 2, 3)));
  });

  it('measures cell text with the fonts it is drawn in', () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = texts(measureTable(table(), 180, ctx, root).draw(0, 0));
    for (const t of items) expect(t.width).toBeCloseTo(fonts.width(t.text, t.font, t.size), 9);
  });
});
