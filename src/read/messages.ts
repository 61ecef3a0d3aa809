/** Wording of the read stage's problems; tests call these too. */

/** At most 40 characters of what an editor wrote, so a runaway cell or key cannot flood the terminal. */
export const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** 1.5 MB for 1,572,864 bytes (binary megabytes, as file managers count them). */
const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

export const readMessages = {
  noEdition: () => 'edition folder not found',
  notAFolder: () => 'is a file, not an edition folder (give the folder that holds the CSV and YAML files)',
  missingFile: () => 'file is missing',
  unreadable: (reason: string) => `cannot be read (${reason})`,
  isFolder: () => 'is a folder, not a file; put the file itself here',
  linkLoop: () => 'is a symbolic link in a loop (it leads back to itself); put the file itself here',
  linkToNothing: () => 'is a symbolic link to a file that does not exist; put the file itself here',
  notOrdinaryFile: () => 'is not an ordinary file (a device, pipe or socket); put the file itself here',
  tooLarge: (bytes: number, limit: number) =>
    `the file is ${megabytes(bytes)}, more than the ${megabytes(limit)} any edition's file needs, so it was not read; is it the right file?`,
  notUtf8: (looksLike: string) => `this file is not UTF-8 (looks like ${looksLike}); save it as “CSV UTF-8” or “UTF-8” and try again`,
  notText: (kind: string) => `this file is not text but ${kind}; save it as “CSV UTF-8” (or, for a YAML file, as UTF-8 text) and try again`,
  nulByte: () => 'contains a NUL byte (character 0): the file is damaged or not a text file; save it again as UTF-8 text',
  malformedCsv: (detail: string) => `not valid CSV (${detail})`,
  emptyCsv: () => 'the file is empty: expected a header line such as "year,…" and rows',
  headerRepeated: () => 'the header line is repeated here (two files pasted together?); delete this line',
  malformedYaml: (detail: string) => `not valid YAML (${detail.split('\n')[0]})`,
  emptyYaml: () => 'the file is empty: expected the keys of this file (see the schema named on its first line)',
  notAMap: (found: string) => `expected a map of keys at the top of the file, found ${found}`,
  duplicateKey: (key: string, firstLine: number | undefined) =>
    `the key "${shorten(key)}" is written twice in the same map${firstLine === undefined ? '' : ` (first on line ${firstLine})`}; keep one`,
  tooManyAliases: () => 'too many aliases (a YAML "alias bomb"?); write each text out instead of repeating it with * aliases',
  tooDeep: (limit: number) => `nested more than ${limit} levels deep; no edition file nests that deep (a damaged or hostile file?)`,
  yamlTag: (tag: string) => `the YAML tag ${tag} is not allowed: these files hold plain texts, lists and maps; remove the tag`,
};
