/**
 * The help card's look: ISO/IEC 7810 ID-1 (85.60 × 53.98 mm), landscape, pt. Sober and
 * discreet: white paper, dark type, one thin accent bar, nothing that marks its holder.
 *
 * Type: nothing under 6.5 pt, the heading and the numbers 7 pt and up. Every text colour is
 * at least 7:1 against the white card (WCAG AAA; `test/publications/help-card` computes it)
 * and black ink alone in CMYK, so small type stays sharp whatever the press's register.
 * The leaflet's link blue (5.2:1) and muted grey (6.4:1) are too light for that: the card's
 * links are its dark navy, underlined.
 */
import { defineColor } from '../../graphics/Color.js';
import { textStyle, type PageSize, type Theme } from '../../model/Theme.js';
import { MM } from '../../paint/Output.js';

const ink = defineColor('ink', '#1f2933', [0, 0, 0, 100]);
const navy = defineColor('navy', '#1d3557', [100, 80, 35, 35]);
const navyText = defineColor('navyText', '#1d3557', [0, 0, 0, 100]);
const grey = defineColor('greyText', '#3e4c59', [0, 0, 0, 100]);
const white = defineColor('white', '#ffffff', [0, 0, 0, 0]);
const rule = defineColor('rule', '#c5ced6', [0, 0, 0, 25]);

const colors: Theme['colors'] = {
  text: ink,
  muted: grey,
  accent: navy,
  accentDark: navy,
  accentTint: defineColor('accentTint', '#e8f0f7', [8, 2, 0, 0]),
  rule,
  white,
  link: navyText,
  // The card draws no chart; a neutral ramp keeps the theme whole.
  series: [navy, grey, rule],
  other: grey,
  unpublished: rule,
  registration: defineColor('registration', '#000000', [100, 100, 100, 100]),
};

const style = textStyle;

/** A safe margin inside the trim: clear of a cutter's tolerance and of rounded corners (3.2 mm). */
const MARGIN = 4.5 * MM;

export const id1Theme: Theme = {
  page: {
    size: 'id1',
    width: 85.6 * MM,
    height: 53.98 * MM,
    margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
    columnGap: 8,
    minColumnWidth: 60,
    columnChoices: { fold: true, widen: false },
  },
  colors,
  type: {
    bannerTitle: style('bold', 9, 11, white),
    bannerSubtitle: style('regular', 7, 9, white),
    h1: style('bold', 10, 12, navyText),
    h2: style('semibold', 7, 8.5, navyText),
    h3: style('semibold', 7, 8.5, ink),
    body: style('regular', 7, 8.5, ink),
    lead: style('regular', 10, 11, ink),
    statement: style('semibold', 8.5, 10.5, navyText),
    note: style('regular', 6.5, 8, grey),
    source: style('regular', 6.5, 8, grey),
    small: style('regular', 7, 8.5, ink),
    table: style('regular', 7, 8.5, ink),
    tableHead: style('semibold', 7, 8.5, navyText),
    bigNumber: style('bold', 12, 13, navyText),
    bigNumberLabel: style('semibold', 7, 8.5, navyText),
    contactName: style('semibold', 7, 8.5, navyText),
    // The card has no footer; this is the office sheet's note in its margin.
    footer: style('regular', 7, 8.5, grey),
    chart: style('regular', 6.5, 8, ink),
  },
  space: {
    paragraph: 1,
    beforeHeading: 5,
    afterHeading: 2,
    block: 4,
    listIndent: 7,
    cellPadX: 3,
    cellPadY: 1.5,
    bannerHeight: 30,
    footerBaseline: 0,
    maxSpread: 10,
    stretch: 4,
  },
  chart: {
    full: { least: 40, preferred: 50, most: 60 },
    column: { least: 40, preferred: 50, most: 60 },
    minWidth: 100,
    legendColumnWidth: 60,
    hatch: { lineWidth: 0.5, spacing: 1.6 },
  },
  // 20 mm with its quiet zone: modules of about 0.4 mm for the reporting form's address,
  // which a phone reads from a printed card at arm's length.
  qrSize: 20 * MM,
};

export const themes: Record<PageSize, Theme> = { id1: id1Theme };
