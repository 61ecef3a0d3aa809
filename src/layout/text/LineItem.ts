/**
 * The line breaker's material, in the Knuth–Plass sense: boxes (unbreakable text), glue
 * (a breakable space) and penalties (a break inside a word). `run` indexes the runs array;
 * widths are pt; `cost` is what breaking there adds to a paragraph's demerits.
 */
export type LineItem = Box | Glue | Penalty;

export interface Box {
  kind: 'box';
  run: number;
  text: string;
  width: number;
}

export interface Glue {
  kind: 'glue';
  run: number;
  width: number;
  cost: number;
}

export interface Penalty {
  kind: 'penalty';
  run: number;
  /** Width of the hyphen drawn when the break is taken; 0 when nothing is drawn. */
  width: number;
  cost: number;
  hyphen: boolean;
}
