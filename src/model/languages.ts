/**
 * The languages an edition may be published in: those the engine can set, with
 * hyphenation patterns (`layout/hyphenatorFor.ts`) and number and date formats
 * (`format/Formatter.ts`) for each. Which of them an edition has is data:
 * `languages` in publication.yaml, one text file each.
 */
export const LANGUAGES: readonly string[] = ['sl', 'en'];
