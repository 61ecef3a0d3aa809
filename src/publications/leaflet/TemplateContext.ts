/**
 * What the Handlebars template sees: the edition's texts as written, and every figure
 * already derived and formatted for the language. The template only arranges.
 */

export interface TableRowModel {
  label: string;
  cells: string[];
}

/** A table with a first column of labels, then one column per year or measure. */
export interface TableModel {
  /** Heading of the label column, then of each value column. */
  corner: string;
  columns: string[];
  rows: TableRowModel[];
  /** The totals row, if the table has one. */
  foot?: TableRowModel;
  /** Relative column widths, label column first. */
  widths: string;
  /** Trailing columns of totals (a Total column): transposed by layout, they become the Total row. */
  totalColumns: number;
}

export interface ChartModel {
  /** `Source:` or `Sources:` followed by the citations. */
  sources: string;
  /** True when some figure is inferred or unpublished. */
  provisional: boolean;
  /** Breakdowns: what the "other" group holds, as a sentence; absent when every category is named. */
  grouped?: string;
}

export interface TemplateContext {
  title: string;
  victims: TableModel;
  assistance: TableModel;
  prosecution: TableModel;
  bigNumbers: { value: string; label: string }[];
  /** Countries named without counts, one line per year: `2023: Bosnia and Herzegovina, …`. */
  originNamed: string[];
  charts: Record<string, ChartModel>;
}
