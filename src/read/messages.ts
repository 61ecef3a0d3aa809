/** Wording of the read stage's problems; tests call these too. */
export const readMessages = {
  noEdition: () => 'edition folder not found',
  missingFile: () => 'file is missing',
  columnCount: (got: number, want: number) => `row has ${got} fields, the header has ${want}`,
  malformedCsv: (detail: string) => `not valid CSV (${detail})`,
  malformedYaml: (detail: string) => `not valid YAML (${detail.split('\n')[0]})`,
};
