/**
 * A table: Table → THead/TBody/TFoot → TR → TH/TD. The head has a tinted band, body rows
 * are parted by hairlines, totals rows sit under a heavier rule. It splits between body
 * rows; every later piece starts with the head rows again, drawn as artifacts (pagination
 * furniture that assistive technology must not read twice).
 */
import { addNode } from '../structNodes.js';
import type { TableBlock } from '../../markup/Block.js';
import { decoration } from '../decoration.js';
import type { Flowable } from '../flow/Flowable.js';
import { stackFlowable, type Slice } from '../flow/stackFlowable.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { PlacedItem, StructNode } from '../Page.js';
import { drawLines } from '../text/drawLines.js';
import type { TextLine } from '../text/TextLine.js';
import { tableColumns } from './tableColumns.js';
import { contentWidths } from './contentWidths.js';
import { transposeTable } from './transposeTable.js';
import { LayoutError } from '../LayoutError.js';
import { tableRows, type MeasuredRow } from './tableRows.js';

/**
 * A table marked `transpose="auto"` is set transposed where composition chose so
 * (`ctx.choices`), or where its columns are too narrow for its figures as written.
 */
export function measureTable(block: TableBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  if (ctx.choices.transposed.has(block)) return measureOriented(transposeTable(block), width, ctx, parent);
  if (!block.transpose) return measureOriented(block, width, ctx, parent);
  // Tried under a copy of the parent, so a table that does not fit leaves no structure behind.
  const scratch: StructNode = { ...parent, children: [...parent.children] };
  try {
    const flowable = measureOriented(block, width, ctx, scratch);
    parent.children.push(...scratch.children.slice(parent.children.length));
    return flowable;
  } catch (e) {
    if (!(e instanceof LayoutError)) throw e;
    return measureOriented(transposeTable(block), width, ctx, parent);
  }
}

function measureOriented(block: TableBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const columns = block.widths ? tableColumns(block, width) : contentWidths(block, width, ctx);
  const table = addNode(parent, 'Table');
  const group = (rows: TableBlock['head'], role: 'THead' | 'TBody' | 'TFoot', name: MeasuredRow['group']) =>
    rows.length > 0 ? tableRows(rows, name, columns, ctx, addNode(table, role), block.line) : [];
  const head = group(block.head, 'THead', 'head');
  const body = group(block.body, 'TBody', 'body');
  const foot = group(block.foot, 'TFoot', 'foot');

  const slice = (row: MeasuredRow, breakBefore: Slice['breakBefore'], artifact = false): Slice => ({
    height: row.height,
    gapBefore: 0,
    breakBefore,
    draw: (x, y) => drawRow(row, columns, x, y, ctx, artifact),
  });
  const slices = [
    ...head.map((r) => slice(r, 'never')),
    ...body.map((r, i) => slice(r, i === 0 && head.length > 0 ? 'never' : 'good')),
    ...foot.map((r, i) => slice(r, i === 0 ? 'good' : 'never')),
  ];
  const repeat = head.map((r) => slice(r, 'never', true));
  const space = ctx.theme.space.block;
  return stackFlowable({ kind: 'table', line: block.line, spaceBefore: space, spaceAfter: space }, slices, repeat);
}

function drawRow(row: MeasuredRow, columns: readonly number[], x: number, y: number, ctx: MeasureContext, artifact: boolean): PlacedItem[] {
  const { colors, space } = ctx.theme;
  const width = columns.reduce((a, b) => a + b, 0);
  const items: PlacedItem[] = [];
  if (row.group === 'head') items.push({ kind: 'rect', x, y, w: width, h: row.height, color: colors.accentTint });
  if (row.group === 'foot') items.push({ kind: 'rule', x1: x, y1: y, x2: x + width, y2: y, color: colors.accentDark, width: decoration.footRule });
  let cx = x;
  row.cells.forEach(({ cell, lines }, c) => {
    const box = { x: cx + space.cellPadX, y: y + space.cellPadY, width: columns[c]! - 2 * space.cellPadX, align: cell.align, style: row.style };
    items.push(...drawLines(artifact ? withoutStruct(lines) : lines, box, ctx.fonts));
    cx += columns[c]!;
  });
  if (row.group === 'body') {
    const by = y + row.height;
    items.push({ kind: 'rule', x1: x, y1: by, x2: x + width, y2: by, color: colors.rule, width: decoration.hairline });
  }
  return items;
}

/** The same lines as decoration: no structure node, no link. */
function withoutStruct(lines: readonly TextLine[]): TextLine[] {
  return lines.map((l) => ({
    ...l,
    fragments: l.fragments.map((f) => {
      const { struct: _s, href: _h, title: _t, ...run } = f.run;
      return { ...f, run };
    }),
  }));
}
