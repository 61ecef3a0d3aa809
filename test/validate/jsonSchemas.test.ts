/**
 * The committed JSON Schemas are the validator's own, so editors' completion cannot drift
 * from what `validate` accepts. After changing a zod schema, run `npx factsheet schema`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/validate/jsonSchemas.js';
import { EDITION, ROOT } from '../support/editionFixture.js';

describe('JSON Schemas', () => {
  for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
    it(`schemas/${name} is what the validator generates`, () => {
      expect(readFileSync(join(ROOT, 'schemas', name), 'utf8')).toBe(jsonSchemaText(name));
    });
  }

  it('rejects unknown keys and lists the required ones', () => {
    const text = JSON.parse(jsonSchemaText('text.schema.json'));
    expect(text.additionalProperties).toBe(false);
    expect(text.required).toContain('page_label');
    expect(text.properties.charts.properties.status.additionalProperties).toBe(false);
  });

  it('is named on the first line of each YAML file of the edition', () => {
    for (const [file, schema] of [['text.sl.yaml', 'text'], ['text.en.yaml', 'text'], ['publication.yaml', 'publication']]) {
      const first = readFileSync(join(EDITION, file!), 'utf8').split('\n', 1)[0];
      expect(first).toBe(`# yaml-language-server: $schema=../../schemas/${schema}.schema.json`);
    }
    expect(parseDocument(readFileSync(join(EDITION, 'text.en.yaml'), 'utf8')).errors).toEqual([]);
  });
});
