/**
 * Country names as official texts write them, from the maintained ISO 3166-1 list of
 * `i18n-iso-countries` (its first, "official" name per language: "Democratic Republic of
 * the Congo", not CLDR's "Congo - Kinshasa"). Only the languages factsheet sets
 * are registered, from their own files: the bundle leaves the package's other locales out.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import sl from 'i18n-iso-countries/langs/sl.json' with { type: 'json' };
import type { Lang } from '../model/Edition.js';

countries.registerLocale(en);
countries.registerLocale(sl);

/** The list's name of a valid ISO 3166-1 alpha-2 code in `lang`. */
export function listedCountryName(code: string, lang: Lang): string {
  const name = countries.getName(code, lang, { select: 'official' });
  if (!name) throw new Error(`format: the country list has no ${lang} name for ${code}`);
  return name;
}
