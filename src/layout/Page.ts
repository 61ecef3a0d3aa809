/**
 * What layout produces and every exporter draws: finished pages of items at fixed
 * positions, each carrying all it needs to be painted (resolved vector shapes, link boxes,
 * typed colours, whether it may reach into the bleed). Painting needs these pages and the
 * font files, nothing else. Units are PDF points (1/72 in); the origin is the trim box's
 * top-left corner, y grows down. Nothing here knows about PDF: it is a frame in the typst
 * sense.
 */
import type { Color } from '../graphics/Color.js';
import type { VectorShape } from '../graphics/Vector.js';
import type { FontKey } from '../fonts/FontSet.js';
import type { CompositionReport } from './CompositionReport.js';

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
  | 'Span'
  | 'Div';

/** An axis-aligned box, pt from the page's top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * One node of the logical structure, in reading order. Placed items point at the node
 * their content belongs to by `key`, a path of child positions from the root (`0.3.1`):
 * the same markup always gives the same keys, however often a block is measured.
 */
export interface StructNode {
  key: string;
  role: StructRole;
  /** Alternative text (Figure). */
  alt?: string;
  /** For TH. */
  scope?: 'Column' | 'Row';
  /** BCP 47 language of this element's content, where it differs from the document's. */
  lang?: string;
  /** A chart's Figure: the data tables (file stems, e.g. `sales`) it draws. */
  tables?: readonly string[];
  /** Set after pagination on Figures: the page (0-based) and box their content covers. */
  placed?: { page: number; box: Box };
  children: StructNode[];
}

/** A link target and the box a reader clicks, pt; `struct` is the Link node the annotation belongs to. */
export interface PlacedLink {
  href: string;
  box: Box;
  struct: string;
  /** The annotation's description (`/Contents`). */
  contents: string;
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
  color: Color;
  /** Structure node the text belongs to; absent means decoration (an artifact). */
  struct?: string;
  link?: PlacedLink;
}

/**
 * A filled rectangle: decoration, unless it belongs to a structure node (a list bullet is
 * its item's Lbl), where it reads as `actualText`.
 */
export interface PlacedRect {
  kind: 'rect';
  struct?: string;
  /** What the rectangle reads as (a bullet: `•`); only with `struct`. */
  actualText?: string;
  x: number;
  y: number;
  w: number;
  h: number;
  color: Color;
  /**
   * A background that runs to the trim edge: where it touches an edge, the print exporter
   * extends it across the bleed, so trimming never leaves a white sliver.
   */
  bleeds?: boolean;
}

/** A straight stroke; always decoration. */
export interface PlacedRule {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: Color;
  width: number;
}

/**
 * Resolved vector graphics in a box (a chart, a QR code), tagged as the Figure `struct`;
 * its text is real text inside the Figure. A QR code is also a link. Without `struct` it
 * is decoration (an artifact): a copy of a figure whose first copy is the one tagged.
 */
export interface PlacedVector {
  kind: 'vector';
  x: number;
  y: number;
  w: number;
  h: number;
  /** What the figure is, for messages (`chart sales`, `qr reporting form`). */
  name: string;
  shapes: VectorShape[];
  struct?: string;
  link?: PlacedLink;
  /**
   * A chart: its id and the slot height layout chose for it. Layout leaves `shapes` empty;
   * the chart is drawn at (w, slot) afterwards and its shapes put in (`withChartShapes`).
   */
  chart?: { ref: string; slot: number };
}

export type PlacedItem = PlacedText | PlacedRect | PlacedRule | PlacedVector;

export interface Page {
  /** Trim size, pt. */
  width: number;
  height: number;
  items: PlacedItem[];
}

/** A bookmark: a heading's text and where it sits. */
export interface OutlineEntry {
  title: string;
  /** 0-based page and the heading's top, pt. */
  page: number;
  y: number;
  children: OutlineEntry[];
}

export interface LaidOutDocument {
  pages: Page[];
  /** Root of the structure tree, role `Document`. */
  structure: StructNode;
  /** The document outline, from the headings (H1 at the top level, H2 under it, …). */
  outline: OutlineEntry[];
}

/** A laid-out document with the account of how its pages were composed. */
export interface ComposedDocument extends LaidOutDocument {
  report: CompositionReport;
}
