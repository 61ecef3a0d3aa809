/** Wording of every problem the charts stage reports; tests call these too. */
export const chartMessages = {
  missingText: () => 'the charts need this text',
  unknownKey: (chart: string, key: string) => `no label for key "${key}" of chart ${chart}`,
  unfilledPlaceholder: (name: string) => `placeholder {${name}} has no value here`,
  missingTemplate: () => 'chart template is missing',
  badTemplate: (detail: string) => `chart template is not valid JSON: ${detail}`,
};
