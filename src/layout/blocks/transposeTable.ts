/**
 * A table with rows and columns exchanged: the head row becomes the first column, each
 * body column a row, and the trailing totals columns (`totalColumns`) the totals rows,
 * while the totals rows become trailing columns. So a table of groups by year (years as
 * columns, a Total column, a Total row) becomes one of years by group (a row per year,
 * a Total column from the Total row, a Total row from the Total column), and back.
 *
 * The first row and column become header cells (a column's head, a row's head); figures
 * stay right-aligned, labels left. Widths are left to the content (see `contentWidths`).
 */
import type { TableBlock, TableCell, TableRow } from '../../markup/Block.js';

export function transposeTable(block: TableBlock): TableBlock {
  const grid = [...block.head, ...block.body, ...block.foot];
  const columns = Math.max(0, ...grid.map((r) => r.cells.length));
  const totals = Math.min(block.totalColumns ?? 0, Math.max(0, columns - 1));
  const heads = block.head.length;
  const feet = block.foot.length;
  const column = (c: number): TableRow => ({
    cells: grid.map((row, r): TableCell => {
      const cell = row.cells[c] ?? { spans: [], header: false, align: 'right' };
      if (c === 0) return { ...cell, header: true, scope: 'col', align: r === 0 ? 'left' : 'right' };
      if (r < heads) return { ...cell, header: true, scope: 'row', align: 'left' };
      return { ...cell, align: 'right' };
    }),
  });
  const rows = Array.from({ length: columns }, (_, c) => column(c));
  return {
    kind: 'table',
    line: block.line,
    head: rows.slice(0, 1),
    body: rows.slice(1, columns - totals),
    foot: rows.slice(columns - totals),
    ...(block.transpose && { transpose: true }),
    totalColumns: feet,
  };
}
