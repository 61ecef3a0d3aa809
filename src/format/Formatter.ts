/**
 * Numbers, ranges and dates as each language writes them, through `Intl`.
 * Slovenian: 1.234,5 and 28. 11. 2026; English: 1,234.5 and 28 November 2026. Numbers of
 * four digits are grouped too (1.234, not CLDR's Slovenian 1234), so a column of figures
 * follows one rule; chart axes read the same separators (see `chartConfig`).
 * Year ranges use an en dash in both.
 */
import type { Lang } from '../validate/Edition.js';

export interface Formatter {
  lang: Lang;
  /** An integer or decimal, grouped as the language does. Years are not numbers: use `year`. */
  number(n: number): string;
  /** A year, never grouped (2024, not 2.024). */
  year(y: number): string;
  /** `2019–2024`; a single year when both ends are the same. */
  range(from: number, to: number): string;
  /** An ISO date (YYYY-MM-DD) in the language's long form. */
  date(iso: string): string;
  /** A country's name from its ISO 3166-1 alpha-2 code. */
  country(code: string): string;
}

const LOCALES: Record<Lang, string> = { sl: 'sl-SI', en: 'en-GB' };

/**
 * One formatter per language for the process. Making an Intl object loads ICU's locale
 * data (tens of ms), and a startup snapshot cannot hold one (V8 aborts), so each Intl
 * object is made on first use and dropped before a snapshot, while the strings it wrote
 * are kept: a build whose numbers, dates and countries were all written before makes none.
 */
const formatters = new Map<Lang, Formatter>();
/** How to drop each Intl object made so far. */
const dropIntl: (() => void)[] = [];

export function formatterFor(lang: Lang): Formatter {
  let formatter = formatters.get(lang);
  if (formatter === undefined) {
    formatter = makeFormatter(lang);
    formatters.set(lang, formatter);
  }
  return formatter;
}

/** Drops the Intl objects (not the strings they wrote): a startup snapshot cannot hold them. */
export function forgetIntlObjects(): void {
  for (const drop of dropIntl) drop();
}

/** `write` through an Intl object made on first use, each result kept by its input. */
function memoised<I, T>(make: () => T, write: (intl: T, input: I) => string): (input: I) => string {
  let intl: T | undefined;
  dropIntl.push(() => (intl = undefined));
  const written = new Map<I, string>();
  return (input) => {
    let text = written.get(input);
    if (text === undefined) {
      text = write((intl ??= make()), input);
      written.set(input, text);
    }
    return text;
  };
}

function makeFormatter(lang: Lang): Formatter {
  const locale = LOCALES[lang];
  const number = memoised(
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: 'always' }),
    (numbers, n: number) => numbers.format(n),
  );
  const date = memoised(
    () => new Intl.DateTimeFormat(locale, { dateStyle: lang === 'sl' ? 'short' : 'long', timeZone: 'UTC' }),
    (dates, iso: string) => {
      const text = dates.format(new Date(`${iso}T00:00:00Z`));
      // sl-SI short style gives "28. 11. 26"; the government style writes the full year.
      return lang === 'sl' ? text.replace(/(\d+)\.\s*(\d+)\.\s*\d+$/, `$1. $2. ${iso.slice(0, 4)}`) : text;
    },
  );
  const country = memoised(
    () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }),
    // CLDR's short "Bosnia & Herzegovina" style is not used in official English texts.
    (countries, code: string) => (countries.of(code) ?? code).replace(' & ', ' and '),
  );
  return {
    lang,
    number,
    year: (y) => String(y),
    range: (from, to) => (from === to ? String(from) : `${from}\u2013${to}`),
    date,
    country,
  };
}
