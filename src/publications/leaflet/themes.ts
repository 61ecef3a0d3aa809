/**
 * The leaflet's look, kept in one place: page geometry, colours and the type scale, once
 * per page size. Units are pt. Every colour is defined once with its sRGB and its CMYK
 * value (`Color`); exporters choose which to write. Text colours are black-only in CMYK
 * (no rich black under small text); the navy of headings and the band is a four-colour
 * build, which large type and solid areas carry well.
 *
 * The chart series step through grey levels about 25–40 apart in both sRGB and CMYK, so
 * each series stays distinct printed in black and white; hues follow Okabe–Ito, which
 * readers with the common colour-vision deficiencies can tell apart.
 */
import { defineColor } from '../../graphics/Color.js';
import { textStyle, type PageSize, type Theme } from '../../model/Theme.js';

const ink = defineColor('ink', '#1f2933', [0, 0, 0, 100]);
const navy = defineColor('navy', '#1d3557', [100, 80, 35, 35]);
const muted = defineColor('muted', '#52606d', [0, 0, 0, 80]);
const white = defineColor('white', '#ffffff', [0, 0, 0, 0]);
const accent = defineColor('accent', '#0072b2', [100, 45, 0, 10]);
// Small type in colour on screen prints in black ink alone: fine coloured type would blur
// when the plates are not in perfect register.
const navyText = defineColor('navyText', '#1d3557', [0, 0, 0, 100]);
const linkText = defineColor('linkText', '#0072b2', [0, 0, 0, 100]);

const colors: Theme['colors'] = {
  text: ink,
  muted,
  accent,
  accentDark: navy,
  accentTint: defineColor('accentTint', '#e8f0f7', [8, 2, 0, 0]),
  rule: defineColor('rule', '#c5ced6', [0, 0, 0, 25]),
  white,
  link: linkText,
  series: [
    accent,
    defineColor('orange', '#e69f00', [0, 38, 100, 0]),
    defineColor('sky', '#a3d4f2', [40, 8, 0, 0]),
    defineColor('vermilion', '#c8580f', [0, 65, 100, 8]),
    defineColor('green', '#00432f', [100, 30, 85, 55]),
    defineColor('purple', '#b86e9a', [20, 58, 0, 5]),
  ],
  // Darker than every series colour but the green, and 20+ grey levels from each in
  // both sRGB (66 against 45 and 87) and CMYK (51 against 0 and 85): the mid-greys are
  // taken by the series, whose neighbours are 19–38 levels apart.
  other: defineColor('other', '#424242', [0, 0, 0, 80]),
  unpublished: defineColor('unpublished', '#eceef1', [0, 0, 0, 7]),
  registration: defineColor('registration', '#000000', [100, 100, 100, 100]),
};

const style = textStyle;

export const a4Theme: Theme = {
  page: {
    size: 'a4',
    width: 595.28,
    height: 841.89,
    margin: { top: 56, right: 51, bottom: 64, left: 51 },
    columnGap: 22,
    minColumnWidth: 160,
    columnChoices: { fold: true, widen: true },
  },
  colors,
  type: {
    bannerTitle: style('bold', 26, 30, white),
    bannerSubtitle: style('regular', 15, 19, white),
    h1: style('bold', 17, 21, navy),
    h2: style('semibold', 12.5, 16, navy),
    h3: style('semibold', 10.5, 14, ink),
    body: style('regular', 9.5, 13, ink),
    lead: style('regular', 11.5, 15.5, ink),
    statement: style('semibold', 13, 17, navy),
    note: style('italic', 8, 10.5, muted),
    source: style('regular', 7.5, 9.5, muted),
    small: style('regular', 8.5, 11, ink),
    table: style('regular', 9, 11.5, ink),
    tableHead: style('semibold', 9, 11.5, navyText),
    bigNumber: style('bold', 34, 36, accent),
    bigNumberLabel: style('semibold', 9.5, 12, navyText),
    contactName: style('semibold', 10.5, 14, navyText),
    footer: style('regular', 7.5, 9, muted),
    chart: style('regular', 8.5, 11, ink),
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
    maxSpread: 48,
    stretch: 14,
  },
  chart: {
    full: { least: 120, preferred: 150, most: 260 },
    column: { least: 140, preferred: 170, most: 240 },
    minWidth: 200,
    legendColumnWidth: 110,
    hatch: { lineWidth: 0.8, spacing: 2.4 },
  },
  qrSize: 76,
};

/**
 * A5 (148 × 210 mm): the same leaflet reset, not scaled. Margins and type are smaller but
 * no text is below 7 pt, charts included; columns narrower than `minColumnWidth` fold into
 * one, so the half-width charts of A4 run across the page here.
 */
export const a5Theme: Theme = {
  page: {
    size: 'a5',
    width: 419.53,
    height: 595.28,
    margin: { top: 40, right: 34, bottom: 50, left: 34 },
    columnGap: 16,
    minColumnWidth: 150,
    columnChoices: { fold: true, widen: true },
  },
  colors,
  type: {
    bannerTitle: style('bold', 19, 22, white),
    bannerSubtitle: style('regular', 11.5, 14.5, white),
    h1: style('bold', 14, 17.5, navy),
    h2: style('semibold', 11, 14, navy),
    h3: style('semibold', 9.5, 12.5, ink),
    body: style('regular', 8.5, 11.5, ink),
    lead: style('regular', 10, 13.5, ink),
    statement: style('semibold', 11, 14.5, navy),
    note: style('italic', 7.5, 9.5, muted),
    source: style('regular', 7, 9, muted),
    small: style('regular', 7.5, 10, ink),
    table: style('regular', 8, 10.5, ink),
    tableHead: style('semibold', 8, 10.5, navyText),
    bigNumber: style('bold', 26, 28, accent),
    bigNumberLabel: style('semibold', 8.5, 11, navyText),
    contactName: style('semibold', 9.5, 12.5, navyText),
    footer: style('regular', 7, 8.5, muted),
    chart: style('regular', 7.5, 9.5, ink),
  },
  space: {
    paragraph: 5,
    beforeHeading: 10,
    afterHeading: 4,
    block: 7,
    listIndent: 10,
    cellPadX: 3.5,
    cellPadY: 2.5,
    bannerHeight: 74,
    footerBaseline: 26,
    maxSpread: 32,
    stretch: 16,
  },
  chart: {
    full: { least: 110, preferred: 140, most: 320 },
    column: { least: 130, preferred: 150, most: 190 },
    minWidth: 200,
    legendColumnWidth: 110,
    hatch: { lineWidth: 0.8, spacing: 2.4 },
  },
  qrSize: 58,
};

export const themes: Record<PageSize, Theme> = { a4: a4Theme, a5: a5Theme };

/** The A4 theme, which `npm start` builds with. */
export const defaultTheme = a4Theme;

/** The leaflet's page sizes, in the order `check` builds them. */
export const PAGE_SIZES: readonly PageSize[] = Object.keys(themes);
