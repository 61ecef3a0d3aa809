/**
 * Resolved vector graphics: what charts and QR codes become before layout places them,
 * and what exporters paint. Coordinates are pt, y down, in the graphic's own box.
 */
import type { FontKey } from '../fonts/FontSet.js';
import type { Color } from './Color.js';

/** `[a b c d e f]`: x' = a x + c y + e, y' = b x + d y + f (y down), as in SVG and PDF. */
export type Matrix = readonly [number, number, number, number, number, number];

export interface VectorStroke {
  color: Color;
  width: number;
  /** Dash and gap lengths, pt; absent for a solid line. */
  dash?: readonly number[];
}

/**
 * How a path's inside is painted. `hatch`: the colour at full strength in diagonal lines
 * over `background` (a tint of it), so a bar reads as "inferred" by its pattern, not only
 * by a grey level that printing in black and white may bring close to another's.
 */
export type VectorFill = { kind: 'solid'; color: Color } | { kind: 'hatch'; color: Color; background: Color; hatch: Hatch };

export type HatchFill = Extract<VectorFill, { kind: 'hatch' }>;

/** Diagonal lines rising to the right (45°), pt: their width and their distance apart, centre to centre. */
export interface Hatch {
  lineWidth: number;
  spacing: number;
}

/** A path in SVG path syntax, in the coordinates `matrix` maps into the item's box. */
export interface VectorPath {
  kind: 'path';
  d: string;
  matrix: Matrix;
  fill?: VectorFill;
  stroke?: VectorStroke;
}

/** A line of text whose left end of the baseline is (x, y) in the coordinates `matrix` maps. */
export interface VectorText {
  kind: 'text';
  matrix: Matrix;
  x: number;
  y: number;
  text: string;
  font: FontKey;
  size: number;
  color: Color;
}

export type VectorShape = VectorPath | VectorText;

