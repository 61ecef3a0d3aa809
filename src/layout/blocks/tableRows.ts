/**
 * Table rows → measured rows: each cell's text broken for its column (less padding) and
 * tagged TH/TD under a TR under the row group's node. A row is as tall as its tallest cell.
 */
import { addNode } from '../structNodes.js';
import type { TableCell, TableRow } from '../../markup/Block.js';
import type { TextStyle } from '../../model/Theme.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import type { TextLine } from '../text/TextLine.js';
import { setText } from './setText.js';

export type RowGroup = 'head' | 'body' | 'foot';

export interface MeasuredCell {
  cell: TableCell;
  lines: TextLine[];
}

export interface MeasuredRow {
  group: RowGroup;
  cells: MeasuredCell[];
  style: TextStyle;
  /** pt, padding included. */
  height: number;
}

export function tableRows(rows: readonly TableRow[], group: RowGroup, columns: readonly number[], ctx: MeasureContext, groupNode: StructNode, line: number): MeasuredRow[] {
  const { type, space } = ctx.theme;
  // Totals rows are set in the head's (heavier) weight at body size and colour.
  const style = group === 'head' ? type.tableHead : group === 'foot' ? { ...type.table, font: type.tableHead.font } : type.table;
  return rows.map((row) => {
    const tr = addNode(groupNode, 'TR');
    const cells = row.cells.map((cell, c) => {
      const node = cell.header ? addNode(tr, 'TH', { scope: scopeOf(cell, group) }) : addNode(tr, 'TD');
      const lines = setText(cell.spans, style, columns[c]! - 2 * space.cellPadX, ctx, node, { kind: 'table', line });
      return { cell, lines };
    });
    const tallest = Math.max(1, ...cells.map((c) => c.lines.length));
    return { group, cells, style, height: tallest * style.leading + 2 * space.cellPadY };
  });
}

function scopeOf(cell: TableCell, group: RowGroup): 'Column' | 'Row' {
  if (cell.scope) return cell.scope === 'col' ? 'Column' : 'Row';
  return group === 'head' ? 'Column' : 'Row';
}
