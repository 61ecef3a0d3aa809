/**
 * What layout produces and paint draws: finished pages of items at fixed positions.
 * Units are PDF points (1/72 in); the origin is the page's top-left corner, y grows down.
 * Nothing here knows about PDF: it is a frame in the typst sense.
 */
import type { FontKey } from '../fonts/FontSet.js';

/** Tagged-PDF roles used by the structure tree. */
export type StructRole =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TFoot'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Link'
  | 'Div';

/**
 * One node of the logical structure, in reading order. Placed items point at the node
 * their content belongs to by `id`; ids are unique within a document.
 */
export interface StructNode {
  id: number;
  role: StructRole;
  /** Alternative text (Figure). */
  alt?: string;
  /** For TH. */
  scope?: 'Column' | 'Row';
  children: StructNode[];
}

/** A run of text on one line, drawn with its baseline at `y`. */
export interface PlacedText {
  kind: 'text';
  x: number;
  /** Baseline, pt from the page top. */
  y: number;
  /** Advance width as measured by layout, pt. */
  width: number;
  text: string;
  /**
   * What the run reads as when that differs from what is drawn: a word hyphenated at a line
   * break is drawn with its hyphen but reads without it (a tagged PDF's ActualText).
   */
  actualText?: string;
  font: FontKey;
  size: number;
  /** Colour as `#rrggbb`. */
  color: string;
  /** Structure node the text belongs to; absent means decoration (an artifact). */
  struct?: number;
  /** Link target; the run's box becomes a link annotation under the `struct` node (a Link). */
  href?: string;
}

/** A filled rectangle; always decoration. */
export interface PlacedRect {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}

/** A straight stroke; always decoration. */
export interface PlacedRule {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

/** A chart's SVG scaled into a box, tagged as a Figure with alt text. */
export interface PlacedChart {
  kind: 'chart';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Id of the ChartSvg. */
  ref: string;
  struct: number;
}

export type PlacedItem = PlacedText | PlacedRect | PlacedRule | PlacedChart;

export interface Page {
  width: number;
  height: number;
  items: PlacedItem[];
}

export interface LaidOutDocument {
  pages: Page[];
  /** Root of the structure tree, role `Document`. */
  structure: StructNode;
}
