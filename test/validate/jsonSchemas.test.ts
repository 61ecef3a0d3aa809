/**
 * The committed JSON Schemas are the validator's own, so editors' completion cannot drift
 * from what `validate` accepts. After changing a zod schema, run `npx factsheet schema`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { PUBLICATIONS } from '../../src/publications/index.js';
import { JSON_SCHEMA_FILES, jsonSchemaText as schemaText } from '../../src/validate/jsonSchemas.js';
import { EDITION, LIVE_EDITION, ROOT } from '../support/editionFixture.js';

const jsonSchemaText = (name: (typeof JSON_SCHEMA_FILES)[number]) => schemaText(name, PUBLICATIONS);

describe('JSON Schemas', () => {
  for (const name of JSON_SCHEMA_FILES) {
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

  it.each([['live', LIVE_EDITION], ['frozen', EDITION]])('is named on the first line of each YAML file of the %s edition, reached from its folder', (_, dir) => {
    for (const [file, schema] of [['text.sl.yaml', 'text'], ['text.en.yaml', 'text'], ['publication.yaml', 'publication']]) {
      const first = readFileSync(join(dir, file!), 'utf8').split('\n', 1)[0]!;
      const [, path] = /^# yaml-language-server: \$schema=(.+)$/.exec(first) ?? [];
      expect(path && resolve(dir, path), `${file}: ${first}`).toBe(join(ROOT, 'schemas', `${schema}.schema.json`));
    }
    expect(parseDocument(readFileSync(join(dir, 'text.en.yaml'), 'utf8')).errors).toEqual([]);
  });
});
