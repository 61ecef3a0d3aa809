/**
 * The trusted, typed edition: what `validate` produces and every later stage reads.
 * Everything here has been checked once at the boundary; later code never re-checks.
 */

/** Languages an edition may be published in; each has its own text file. */
export type Lang = 'sl' | 'en';

export interface VictimsRow {
  year: number;
  women: number;
  men: number;
  children: number;
}

export interface AssistanceRow {
  year: number;
  crisis_accommodation: number;
  safe_accommodation: number;
  reintegration_programme: number;
}

export interface ProsecutionRow {
  year: number;
  suspects: number;
  accused: number;
  convicted: number;
}

/** How sure a breakdown figure is (see shared/source/lost-charts.md). */
export type Status = 'published' | 'inferred' | 'unpublished';

/**
 * One cell of a per-year breakdown of victims: by purpose of exploitation
 * (`key` is a purpose key) or by country of origin (`key` is ISO 3166-1 alpha-2).
 * The key `unpublished` stands for victims whose breakdown is not published.
 */
export interface BreakdownRow {
  year: number;
  key: string;
  victims: number;
  status: Status;
}

/** A country that official texts name for a year without a count of victims. */
export interface NamedCountry {
  year: number;
  country: string;
}

/** Every table sorted by year; years are the same set in victims, assistance and prosecution. */
export interface Figures {
  victims: VictimsRow[];
  assistance: AssistanceRow[];
  prosecution: ProsecutionRow[];
  exploitation: BreakdownRow[];
  origin: BreakdownRow[];
  originNamed: NamedCountry[];
}

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

export interface Edition {
  /** The edition folder, for messages. */
  dir: string;
  publication: Publication;
  figures: Figures;
  texts: Record<Lang, Texts>;
}
