/**
 * Wording of template failures; tests call these too. Validation has already checked every
 * text against the schema (keys, placeholders, contacts), so these mean the template asks
 * for something the schema does not promise: a template mistake, reported as a problem of
 * the template file.
 */
export const templateMessages = {
  notText: (found: string, lang: string) =>
    `{{text}} got ${found}, not a text: is the key spelt as in text.${lang}.yaml (and in the publication's text keys, texts.ts)?`,
  /** An invariant: validation promised the text. */
  missingText: (path: string) => `template: text "${path}" is missing or not a string, though the texts were validated`,
  unknownContact: (name: string) => `unknown contact {${name}}`,
  unknownChart: (id: string, publication: string, known: readonly string[]) =>
    `the template places a chart "${id}", which the ${publication} does not have (${known.length > 0 ? known.join(', ') : 'it has no charts'})`,
  unknownPlaceholder: (name: string, text: string) => `unknown placeholder {${name}} in "${text}"`,
};
