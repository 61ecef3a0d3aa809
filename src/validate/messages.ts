/** Wording of every validation problem; tests call these too. */
export const validateMessages = {
  missingColumn: (column: string) => `column "${column}" is missing`,
  unknownColumn: (column: string, expected: string[]) => `column "${column}" is not expected (expected: ${expected.join(", ")})`,
  columnCount: (got: number, want: number) => `row has ${got} fields, the header has ${want}`,
  notYear: (value: string) => `"${value}" is not a year (four digits)`,
  notCount: (value: string) => `"${value}" is not a whole number of people (0 or more)`,
  notStatus: (value: string) => `"${value}" is not a status (published, inferred or unpublished)`,
  notCountry: (value: string) => `"${value}" is not an ISO 3166-1 alpha-2 country code or "unpublished"`,
  notKey: (value: string) => `"${value}" is not a key (lower-case letters and _)`,
  duplicateYear: (year: number, firstLine: number) => `year ${year} appears twice (first on line ${firstLine})`,
  duplicateKey: (year: number, key: string, firstLine: number) =>
    `${year} ${key} appears twice (first on line ${firstLine})`,
  noRows: () => 'the table has no rows',
  yearMissing: (year: number) => `year ${year} is in victims.csv but has no row here`,
  yearExtra: (year: number) => `year ${year} is not in victims.csv`,
  totalMismatch: (year: number, sum: number, victims: number) =>
    `${year}: the rows add up to ${sum} victims, but victims.csv gives ${victims} for ${year}`,
  unpublishedStatus: (key: string, status: string) =>
    `key "${key}" must have status "unpublished" exactly when the key is "unpublished" (status is "${status}")`,
  noTexts: (lang: string) => `the publication lists language "${lang}" but text.${lang}.yaml is missing`,
  textMissing: (otherFile: string) => `missing here, but present in ${otherFile}`,
  textShape: (otherFile: string) => `is a different kind of value (text, list or map) than in ${otherFile}`,
  listLength: (n: number, otherFile: string, m: number) => `list has ${n} items, ${otherFile} has ${m}`,
  placeholdersDiffer: (here: string, otherFile: string, there: string) =>
    `placeholders {${here}} differ from ${otherFile}'s {${there}}`,
  unknownPlaceholder: (name: string, known: string[]) => `unknown placeholder {${name}} (known: ${known.join(', ')})`,
  unknownContact: (key: string) => `{contact.${key}} names no contact in publication.yaml`,
  unknownSource: (id: string) => `source "${id}" is not listed under sources`,
  schema: (detail: string) => detail,
};
