/**
 * The leaflet's look, kept in one place: page geometry, colours and the type scale.
 * Units are pt. Colours are sRGB hex; the chart series are the Okabe–Ito palette's
 * blue, orange and sky blue, which readers with the common colour-vision deficiencies
 * can tell apart, on a navy-and-grey government base.
 */
import type { FontKey } from './fonts/FontSet.js';

export interface TextStyle {
  font: FontKey;
  /** Font size, pt. */
  size: number;
  /** Baseline-to-baseline distance, pt. */
  leading: number;
  color: string;
}

export interface Theme {
  page: {
    width: number;
    height: number;
    margin: { top: number; right: number; bottom: number; left: number };
    /** Gap between columns, pt. */
    columnGap: number;
  };
  colors: {
    text: string;
    muted: string;
    accent: string;
    accentDark: string;
    accentTint: string;
    rule: string;
    white: string;
    /** Chart series, in order. */
    series: string[];
    /** Bars for victims whose breakdown is not published. */
    unpublished: string;
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
    /** Height of the first page's title band. */
    bannerHeight: number;
    /** Distance from the page's bottom edge to the footer baseline. */
    footerBaseline: number;
  };
}

const navy = '#1d3557';
const ink = '#1f2933';

export const defaultTheme: Theme = {
  page: {
    // A4 portrait.
    width: 595.28,
    height: 841.89,
    margin: { top: 56, right: 51, bottom: 64, left: 51 },
    columnGap: 22,
  },
  colors: {
    text: ink,
    muted: '#52606d',
    accent: '#0072b2',
    accentDark: navy,
    accentTint: '#e8f0f7',
    rule: '#c5ced6',
    white: '#ffffff',
    series: ['#0072b2', '#e69f00', '#56b4e9', '#009e73', '#cc79a7', '#d55e00'],
    unpublished: '#bfc5cc',
  },
  type: {
    bannerTitle: { font: 'bold', size: 26, leading: 30, color: '#ffffff' },
    bannerSubtitle: { font: 'regular', size: 15, leading: 19, color: '#ffffff' },
    h1: { font: 'bold', size: 17, leading: 21, color: navy },
    h2: { font: 'semibold', size: 12.5, leading: 16, color: navy },
    h3: { font: 'semibold', size: 10.5, leading: 14, color: ink },
    body: { font: 'regular', size: 9.5, leading: 13, color: ink },
    lead: { font: 'regular', size: 11.5, leading: 15.5, color: ink },
    statement: { font: 'semibold', size: 13, leading: 17, color: navy },
    note: { font: 'italic', size: 8, leading: 10.5, color: '#52606d' },
    source: { font: 'regular', size: 7.5, leading: 9.5, color: '#52606d' },
    small: { font: 'regular', size: 8.5, leading: 11, color: ink },
    table: { font: 'regular', size: 9, leading: 11.5, color: ink },
    tableHead: { font: 'semibold', size: 9, leading: 11.5, color: navy },
    bigNumber: { font: 'bold', size: 34, leading: 36, color: '#0072b2' },
    bigNumberLabel: { font: 'semibold', size: 9.5, leading: 12, color: navy },
    contactName: { font: 'semibold', size: 10.5, leading: 14, color: navy },
    footer: { font: 'regular', size: 7.5, leading: 9, color: '#52606d' },
  },
  space: {
    paragraph: 6,
    beforeHeading: 12,
    afterHeading: 5,
    block: 10,
    listIndent: 11,
    cellPadX: 5,
    cellPadY: 3,
    bannerHeight: 120,
    footerBaseline: 34,
  },
};
