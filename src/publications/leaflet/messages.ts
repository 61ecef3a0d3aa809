/** Wording of the leaflet's own problems with its figure tables; tests call these too. */
export const leafletMessages = {
  duplicateNamed: (year: number, country: string, firstLine: number) =>
    `${year} ${country} appears twice (first on line ${firstLine}); each country is named once a year`,
  unknownPurpose: (purpose: string, files: string[], known: string[]) =>
    `purpose "${purpose}" is not a known purpose: it has no label under charts.purposes in ${files.join(' and ')} (known: ${known.join(', ')})`,
  yearMissing: (year: number) => `year ${year} is in victims.csv but has no row here`,
  yearExtra: (year: number) => `year ${year} is not in victims.csv`,
  totalMismatch: (year: number, sum: number, victims: number) =>
    `${year}: the rows add up to ${sum} victims, but victims.csv gives ${victims} for ${year}`,
  unpublishedStatus: (key: string, status: string) =>
    `key "${key}" must have status "unpublished" exactly when the key is "unpublished" (status is "${status}")`,
};
