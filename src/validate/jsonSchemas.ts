/**
 * JSON Schemas of the YAML files, generated from the validator's own zod schemas so they
 * cannot drift from what `validate` accepts. Editors (VS Code with the YAML extension)
 * read them through each file's first line, `# yaml-language-server: $schema=…`, and
 * complete and check keys as one types. Placeholder rules are not expressible there; the
 * description of each text names the placeholders it may use.
 */
import { z } from 'zod';
import { publicationSchema } from './publication.js';
import { textSchema } from './textSchema.js';

export const JSON_SCHEMAS = {
  'text.schema.json': { schema: textSchema, title: 'text.<lang>.yaml: every word of one language of the leaflet' },
  'publication.schema.json': { schema: publicationSchema, title: 'publication.yaml: slug, languages, date, contacts, sources, charts' },
} as const;

/** The schema file's text, as committed under `schemas/`. */
export function jsonSchemaText(name: keyof typeof JSON_SCHEMAS): string {
  const { schema, title } = JSON_SCHEMAS[name];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
