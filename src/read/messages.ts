/** Wording of the read stage's problems; tests call these too. */
export const readMessages = {
  noEdition: () => 'edition folder not found',
  notAFolder: () => 'is a file, not an edition folder (give the folder that holds the CSV and YAML files)',
  missingFile: () => 'file is missing',
  unreadable: (reason: string) => `cannot be read (${reason})`,
  notUtf8: (looksLike: string) => `this file is not UTF-8 (looks like ${looksLike}); save it as “CSV UTF-8” or “UTF-8” and try again`,
  malformedCsv: (detail: string) => `not valid CSV (${detail})`,
  emptyCsv: () => 'the file is empty: expected a header line such as "year,…" and rows',
  malformedYaml: (detail: string) => `not valid YAML (${detail.split('\n')[0]})`,
  emptyYaml: () => 'the file is empty: expected the keys of this file (see the schema named on its first line)',
  notAMap: (found: string) => `expected a map of keys at the top of the file, found ${found}`,
};
