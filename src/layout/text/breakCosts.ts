/**
 * Demerits for the line breaker. A line's own cost is (100 · slack / measure)², so 400 is
 * about what a line 20 % short costs. Soft rules are costs, never bans, so a paragraph
 * always has a way through; only U+00A0 forbids a break outright.
 */
export const breakCosts = {
  /** A hyphenated break. */
  hyphen: 200,
  /** Two hyphenated lines in a row (a ladder of hyphens). */
  consecutiveHyphens: 1500,
  /** A short last line that starts with the end of a hyphenated word. */
  hyphenBeforeLastLine: 1500,
  /** After an explicit hyphen or dash inside a word ("non-|governmental"). */
  dash: 100,
  /** Between a number and its unit or symbol ("85 %"), or a sign and its number ("€ 5"). */
  numberUnit: 5000,
  /** After a one-letter word: Slovene prepositions (v, s, z, k) must not end a line. */
  oneLetterWord: 2000,
  /** Before a spaced dash, which should not start a line. */
  beforeDash: 2000,
  /** Inside a token wider than the line, at `/`, `.`, `-` and the like. */
  emergency: 20000,
  /** Inside such a token between any two characters, when nothing better exists. */
  anywhere: 60000,
} as const;
