/**
 * The trusted, typed edition: what `validate` produces and every later stage reads.
 * Everything here has been checked once at the boundary; later code never re-checks.
 * The engine's own part (publication.yaml, the texts); its figures are typed by the
 * publication that reads them.
 */

/**
 * A language an edition is published in, as its text file names it (`text.sl.yaml`): an
 * ISO 639 code. Which ones an edition has is data (`publication.yaml`), not code.
 */
export type Lang = string;

/** How sure a figure is: stated by an official source, inferred from others, or not published. */
export type Status = 'published' | 'inferred' | 'unpublished';

/** A source cited under a chart: the citation as printed, in each language of the publication. */
export type Source = Partial<Record<Lang, string>>;

/** A contact value printed as a working link wherever a text names `{contact.KEY}`. */
/** `lang`: the language of what the link opens, where it is one (a web page in Slovenian). */
export type Contact =
  | { kind: 'tel'; text: string; href: string; lang?: undefined }
  | { kind: 'email'; text: string; href: string; lang?: undefined }
  | { kind: 'url'; text: string; href: string; lang?: Lang };

export interface Publication {
  /** File-name stem; the period is appended: `thb-slovenia` → `thb-slovenia-2019-2024-sl.pdf`. */
  slug: string;
  languages: Lang[];
  /** ISO date, e.g. 2025-06-30; also the PDF's creation date, so builds are reproducible. */
  date: string;
  contacts: Record<string, Contact>;
  sources: Record<string, Source>;
  /**
   * Per chart id: the ids of the sources cited under it, and for breakdowns the series
   * colour (1 = the theme's first) pinned to a category key, so it keeps its colour from
   * one edition to the next whatever its rank.
   */
  charts: Record<string, { sources: string[]; colors?: Record<string, number> }>;
  /** Country names in the house style, per ISO code and language, where the ISO list's differ. */
  countries: CountryNames;
}

/** Printed names per ISO 3166-1 alpha-2 code and language; a language left out takes the list's. */
export type CountryNames = Readonly<Record<string, Partial<Record<Lang, string>>>>;

/**
 * All the words of one language edition, as written in `text.<lang>.yaml`: nested maps,
 * lists and strings. Templates reach into it by path; strict Handlebars turns a missing
 * key into an error naming it. Strings may hold `{period}`-style placeholders that are
 * filled from derived facts, never typed figures.
 */
export type TextValue = string | TextValue[] | { [key: string]: TextValue };
export type Texts = { [key: string]: TextValue };

/** `F`: the figures as its publication types them (typed tables; none for a publication that reads no table). */
export interface Edition<F = unknown> {
  /** The edition folder, for messages. */
  dir: string;
  publication: Publication;
  figures: F;
  texts: Record<Lang, Texts>;
}
