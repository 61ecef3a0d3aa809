/**
 * Numbers, ranges and dates as each language writes them, through `Intl`; country names.
 * Slovenian: 1.234,5 and 28. 11. 2026; English: 1,234.5 and 28 November 2026. Numbers of
 * four digits are grouped too (1.234, not CLDR's Slovenian 1234), so a column of figures
 * follows one rule; chart axes read the same separators (see `chartConfig`).
 * Year ranges use an en dash in both. Country names come from the ISO list
 * (`listedCountryName`), or from `publication.yaml`'s `countries` where the house style
 * writes one otherwise.
 */
import type { CountryNames, Lang } from '../model/Edition.js';
import { listedCountryName } from './countryNames.js';

export interface Formatter {
  lang: Lang;
  /** The BCP 47 tag its numbers and dates follow, and the PDF's language: `sl-SI`, `en-GB`. */
  locale: string;
  /** An integer or decimal, grouped as the language does. Years are not numbers: use `year`. */
  number(n: number): string;
  /** A year, never grouped (2024, not 2.024). */
  year(y: number): string;
  /** `2019–2024`; a single year when both ends are the same. */
  range(from: number, to: number): string;
  /** An ISO date (YYYY-MM-DD) in the language's long form. */
  date(iso: string): string;
  /** A country's name from its ISO 3166-1 alpha-2 code, as official texts in the language write it. */
  country(code: string): string;
}

/** The region each language is written for; a language not listed follows Intl's default. */
const LOCALES: Readonly<Record<Lang, string>> = { sl: 'sl-SI', en: 'en-GB' };

/**
 * One formatter per language for the process. Making an Intl object loads ICU's locale
 * data (tens of ms), and a startup snapshot cannot hold one (V8 aborts), so each Intl
 * object is made on first use and dropped before a snapshot, while the strings it wrote
 * are kept: a build whose numbers and dates were all written before makes none. (Country
 * names are plain data, `listedCountryName`.)
 */
const formatters = new Map<Lang, Formatter>();
/** How to drop each Intl object made so far. */
const dropIntl: (() => void)[] = [];

/** The language's formatter; `countries` (the publication's names per code) win over the ISO list's. */
export function formatterFor(lang: Lang, countries: CountryNames = {}): Formatter {
  let formatter = formatters.get(lang);
  if (formatter === undefined) {
    formatter = makeFormatter(lang);
    formatters.set(lang, formatter);
  }
  if (!Object.values(countries).some((names) => names[lang] !== undefined)) return formatter;
  const listed = formatter.country;
  return { ...formatter, country: (code) => countries[code]?.[lang] ?? listed(code) };
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
  const locale = LOCALES[lang] ?? lang;
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
  const country = (code: string) => listedCountryName(code, lang);
  return {
    lang,
    locale,
    number,
    year: (y) => String(y),
    range: (from, to) => (from === to ? String(from) : `${from}\u2013${to}`),
    date,
    country,
  };
}
