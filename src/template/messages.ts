/**
 * Wording of template failures; tests call these too. Validation has already checked every
 * text against the schema (keys, placeholders, contacts), so these mean the template asks
 * for something the schema does not promise: a template mistake, prefixed `template:` so
 * the command line prints it without a stack.
 */
export const templateMessages = {
  notText: (line: number | string, found: string, lang: string) =>
    `template: {{text}} at line ${line} of the template got ${found}, not a text: is the key spelt as in text.${lang}.yaml (and in the publication's text keys, texts.ts)?`,
  missingText: (path: string) => `template: text "${path}" is missing or not a string (add it to the publication's text keys, texts.ts)`,
  unknownContact: (name: string) => `template: unknown contact {${name}}`,
  unknownChart: (id: string, publication: string, known: readonly string[]) =>
    `the template places a chart "${id}", which the ${publication} does not have (${known.length > 0 ? known.join(', ') : 'it has no charts'})`,
  unknownPlaceholder: (name: string, text: string) => `template: unknown placeholder {${name}} in "${text}"`,
};
