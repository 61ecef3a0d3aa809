/**
 * JSON Schemas of the YAML files, generated from the validator's own zod schemas so they
 * cannot drift from what `validate` accepts. Editors (VS Code with the YAML extension)
 * read them through each file's first line, `# yaml-language-server: $schema=…`, and
 * complete and check keys as one types. Placeholder rules are not expressible there; the
 * description of each text names the placeholders it may use. The text files' schema
 * holds the keys of every publication the engine is given, since an edition's
 * publications share its text files.
 */
import { z } from 'zod';
import type { PublicationModule } from '../PublicationModule.js';
import { publicationSchema } from './publication.js';
import { textSchemaOf } from './textSchema.js';

export const JSON_SCHEMA_FILES = ['text.schema.json', 'publication.schema.json'] as const;
export type JsonSchemaFile = (typeof JSON_SCHEMA_FILES)[number];

/** The schema file's text, as committed under `schemas/`. */
export function jsonSchemaText(name: JsonSchemaFile, publications: readonly Pick<PublicationModule, 'id' | 'textShape'>[]): string {
  const { schema, title } =
    name === 'text.schema.json'
      ? { schema: textSchemaOf(publications), title: `text.<lang>.yaml: every word of one language of the publications (${publications.map((p) => p.id).join(', ')})` }
      : { schema: publicationSchema, title: 'publication.yaml: slug, languages, date, contacts, sources, charts' };
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
