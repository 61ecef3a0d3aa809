/**
 * A publication's look at one page size: page geometry, colours and the type scale, pt.
 * Every colour carries its sRGB and its CMYK value (`Color`); exporters choose which to
 * write. Each publication declares its themes (in its `themes.ts`); layout, charts and
 * paint read them.
 */
import type { Color } from '../graphics/Color.js';
import type { FontKey } from '../fonts/FontSet.js';
import type { Hatch } from '../graphics/Vector.js';

/** A page size's name, as `--size` takes it and file names carry it: `a4`, `a5`, `id1`. */
export type PageSize = string;

export interface HeightRange {
  least: number;
  preferred: number;
  most: number;
}

export interface TextStyle {
  font: FontKey;
  /** Font size, pt. */
  size: number;
  /** Baseline-to-baseline distance, pt. */
  leading: number;
  color: Color;
}

export interface Theme {
  page: {
    size: PageSize;
    /** Trim size, pt. */
    width: number;
    height: number;
    margin: { top: number; right: number; bottom: number; left: number };
    /** Gap between columns, pt. */
    columnGap: number;
    /** Narrowest column worth setting text in, pt: `columns` that would be narrower become fewer. */
    minColumnWidth: number;
    /**
     * What composition may do with the body's `columns` blocks to meet the page policy: fold
     * them into one column, widen those without a chart by one column (never narrower than
     * `minColumnWidth`).
     */
    columnChoices: { fold: boolean; widen: boolean };
  };
  colors: {
    text: Color;
    muted: Color;
    accent: Color;
    accentDark: Color;
    accentTint: Color;
    rule: Color;
    white: Color;
    /** Link text (underlined, so it does not rely on colour). */
    link: Color;
    /** Chart series, in order. */
    series: Color[];
    /** The group of a breakdown's other categories ("other countries"): a neutral grey. */
    other: Color;
    /** Bars for victims whose breakdown is not published. */
    unpublished: Color;
    /** Crop marks: registration (every separation), written as such by the print exporter. */
    registration: Color;
  };
  type: {
    bannerTitle: TextStyle;
    bannerSubtitle: TextStyle;
    h1: TextStyle;
    h2: TextStyle;
    h3: TextStyle;
    body: TextStyle;
    lead: TextStyle;
    statement: TextStyle;
    note: TextStyle;
    source: TextStyle;
    small: TextStyle;
    table: TextStyle;
    tableHead: TextStyle;
    bigNumber: TextStyle;
    bigNumberLabel: TextStyle;
    contactName: TextStyle;
    footer: TextStyle;
    /** All text inside charts: axes, legends, value labels. */
    chart: TextStyle;
  };
  space: {
    /** Space after a paragraph, list or contact line group. */
    paragraph: number;
    /** Space above a heading (h2, h3); h1 has its own. */
    beforeHeading: number;
    afterHeading: number;
    /** Space around tables, charts and big numbers. */
    block: number;
    /** Indent of list text from the bullet's left edge. */
    listIndent: number;
    /** Padding inside table cells, left/right and top/bottom. */
    cellPadX: number;
    cellPadY: number;
    /** Height of a title band (the first page's and the help page's). */
    bannerHeight: number;
    /** Distance from the page's bottom edge to the footer baseline. */
    footerBaseline: number;
    /** Most space added between the blocks of a `fillpage` to fill its page. */
    maxSpread: number;
    /** Most space added to each gap between blocks when a page is justified to end at the footer. */
    stretch: number;
  };
  chart: {
    /**
     * Heights of a chart's slot across the full text width, and in a column, pt: layout
     * sets each chart between `least` and `most`, as its page needs, `preferred` by default.
     */
    full: HeightRange;
    column: HeightRange;
    /** Narrowest column a chart is set in; narrower columns of charts fold into fewer. */
    minWidth: number;
    /** Width of a legend column, pt: legends set in columns get as many as the chart holds. */
    legendColumnWidth: number;
    /**
     * The lines of inferred figures (drawn in their series colour over its tint): at least
     * 0.25 pt, as print needs, and a few to a legend swatch.
     */
    hatch: Hatch;
  };
  /** Side of a QR code, pt (at least 2 cm, so phones read it from a printed page). */
  qrSize: number;
}

/** A line of the type scale: font, size and leading (pt), colour. */
export const textStyle = (font: FontKey, size: number, leading: number, color: Color): TextStyle => ({ font, size, leading, color });
