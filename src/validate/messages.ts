/** Wording of every validation problem; tests call these too. */
import { shorten } from '../read/messages.js';

export { shorten };

/** `U+2605` for ★. */
export const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A value as found, in quotes, shortened, with line ends and other control characters escaped. */
export const quoted = (value: string) => JSON.stringify(shorten(value));

/** 1,000,000: bounds are written in English, as the messages are. */
const number = (n: number) => n.toLocaleString('en-US');

export const validateMessages = {
  missingColumn: (column: string) => `column "${column}" is missing`,
  unknownColumn: (column: string, expected: string[]) => `column ${quoted(column)} is not expected (expected: ${expected.join(", ")})`,
  columnCount: (got: number, want: number) => `row has ${got} fields, the header has ${want}`,
  notYear: (value: string) => `${quoted(value)} is not a year (four digits)`,
  notCount: (value: string) => `${quoted(value)} is not a whole number of people (0 or more)`,
  notStatus: (value: string) => `${quoted(value)} is not a status (published, inferred or unpublished)`,
  notCountry: (value: string) => `${quoted(value)} is not an ISO 3166-1 alpha-2 country code or "unpublished"`,
  notNamedCountry: (value: string) => `${quoted(value)} is not an ISO 3166-1 alpha-2 country code (such as BA, HR, UA)`,
  aboveBound: (value: string, max: number) => `${quoted(value)} is more than ${number(max)}, the largest figure a table may hold`,
  /** One problem for every cell of a file that breaks the same bound: the first, and how many more. */
  moreLikeIt: (message: string, more: number) => `${message} (and ${more} more cell${more === 1 ? '' : 's'} like it in this file)`,
  tooManyYears: (years: number, max: number) =>
    `the table has ${years} years, ${years - max} more than the ${max} an edition may cover; this row has the first of them`,
  toFill: (expected: string) => `empty: to be filled (expected ${expected})`,
  contactKind: () => 'expected one of { tel: "+386 1 234 56 78" }, { email: name@example.si }, { url: "https://…", text: shown text, lang: sl }',
  missingCitation: (lang: string) => `missing: the publication is in "${lang}", so every source needs its ${lang} citation`,
  unknownKey: (known: string[]) => `unknown key (a typo?); expected ${known.length > 0 ? `one of: ${known.join(', ')}` : 'no other keys here'}`,
  missingKey: (expected: string) => `missing: expected ${expected}`,
  wrongType: (expected: string, found: string) => `expected ${expected}, found ${found}`,
  notKey: (value: string) => `${quoted(value)} is not a key (lower-case letters and _)`,
  duplicateYear: (year: number, firstLine: number) => `year ${year} appears twice (first on line ${firstLine})`,
  duplicateKey: (year: number, key: string, firstLine: number) =>
    `${year} ${key} appears twice (first on line ${firstLine})`,
  noRows: () => 'the table has no rows',
  noTexts: (lang: string) => `the publication lists language "${lang}" but text.${lang}.yaml is missing`,
  textMissing: (otherFile: string) => `missing here, but present in ${otherFile}`,
  textShape: (otherFile: string) => `is a different kind of value (text, list or map) than in ${otherFile}`,
  listLength: (n: number, otherFile: string, m: number) => `list has ${n} items, ${otherFile} has ${m}`,
  placeholdersDiffer: (here: string, otherFile: string, there: string) =>
    `placeholders {${here}} differ from ${otherFile}'s {${there}}`,
  foreignNotHere: (mark: string) => `${mark} marks words in another language, which only texts printed through a template can do; write the words plainly here`,
  unknownPlaceholder: (name: string, known: string[]) =>
    known.length > 0
      ? `unknown placeholder {${name}}; this text may use ${known.map((k) => `{${k}}`).join(', ')}`
      : `unknown placeholder {${name}}; this text takes no placeholders`,
  unknownContact: (key: string) => `{contact.${key}} names no contact in publication.yaml`,
  unknownSource: (id: string) => `source "${id}" is not listed under sources`,
  unknownChart: (id: string, known: readonly string[]) => `"${id}" is not a chart of this publication (${known.join(', ')})`,
  unknownLanguage: (lang: string, known: readonly string[]) => `"${lang}" is not a language factsheet can set (${known.join(', ')}: it needs hyphenation patterns and number formats for each)`,
  colourNumber: (n: number) => `a series colour is a number from 1 to ${n} (the theme's colours, in order)`,
  unknownCountry: (code: string) => `"${code}" is not an ISO 3166-1 alpha-2 country code (such as BA, HR, UA); a name can be given only to a listed country`,
  colourTaken: (colour: number, key: string) => `colour ${colour} is already pinned to "${key}"; give each key its own colour`,
  schema: (detail: string) => detail,
  directionControl: (code: string, kind: 'override' | 'isolate') =>
    `contains ${code}, a direction ${kind} character, which makes text read backwards; remove it`,
  textTooLong: (chars: number, max: number) => `the text has ${number(chars)} characters, more than the ${number(max)} any place of a publication holds; shorten it`,
  controlChar: (code: string) => `contains the control character ${code}, which cannot be printed; delete it`,
  missingGlyphs: (chars: string[]) =>
    `the fonts have no glyph for ${chars.map((c) => `${codePoint(c)} '${c}'`).join(', ')}: it would print as an empty box; use another character`,
  provisional: (status: string) => `status is "${status}": a final build needs every figure published (replace the row with the official figure)`,
};
