/** Wording of the read stage's problems; tests call these too. */
export const readMessages = {
  noEdition: () => 'edition folder not found',
  missingFile: () => 'file is missing',
  malformedCsv: (detail: string) => `not valid CSV (${detail})`,
  malformedYaml: (detail: string) => `not valid YAML (${detail.split('\n')[0]})`,
};
