/**
 * The leaflet's figure tables, typed: what `validateFigures` makes of its CSV files.
 */
import type { Edition, Status } from '../../model/Edition.js';

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

export type LeafletEdition = Edition<Figures>;
