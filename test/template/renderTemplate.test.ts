import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/Problem.js';
import { templateMessages } from '../../src/template/messages.js';
import { renderTemplate } from '../../src/template/renderTemplate.js';
import { EDITION, ROOT } from '../support/editionFixture.js';
import { leafletTemplate, readLeaflet, validateLeaflet } from '../support/leafletEdition.js';

const edition = validateLeaflet(readLeaflet(EDITION));
const templatesDir = join(ROOT, 'templates/leaflet');
const env = (lang: string) => leafletTemplate(edition, lang);

describe('renderTemplate', () => {
  it('turns contact placeholders into working links, each titled with its whole target in words', () => {
    const markup = renderTemplate(edition, 'en', env('en'));
    expect(markup).toContain('<a href="mailto:info@drustvo-kljuc.si" title="E-mail info@drustvo-kljuc.si">info@drustvo-kljuc.si</a>');
    expect(markup).toContain('<a href="tel:+38613005960" title="Phone +386 1 300 59 60">+386 1 300 59 60</a>');
    expect(markup).toContain('<a href="tel:0801200" title="Phone 080 12 00">080 12 00</a>');
    expect(markup).toContain('<a href="https://www.karitas.si" title="https://www.karitas.si">www.karitas.si</a>');
  });

  it("words link titles in the edition's language, from the text file's links", () => {
    const markup = renderTemplate(edition, 'sl', env('sl'));
    expect(markup).toContain('title="E-pošta info@karitas.si"');
    expect(markup).toContain('title="Telefon 080 17 22"');
  });

  it('marks words and pages in another language, declared in the texts and publication.yaml, and only there', () => {
    const en = renderTemplate(edition, 'en', env('en'));
    expect(en).toContain('<span lang="sl">Ključ</span> Society');
    expect(en).toContain('<span lang="sl">Gregor Hudrič</span>, PhD');
    expect(en).toMatch(/<span lang="sl"><a href="https:\/\/www\.gov\.si\/zbirke\//);
    expect(en).not.toContain('<span lang="en">');
    const sl = renderTemplate(edition, 'sl', env('sl'));
    expect(sl).toMatch(/<span lang="en"><a href="https:\/\/www\.gov\.si\/en\//);
    expect(sl).not.toContain('<span lang="sl">');
  });

  it('escapes text for XML', () => {
    const markup = renderTemplate(edition, 'en', env('en'));
    expect(markup).toContain('trade in children’s organs');
    expect(markup).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#x?[0-9a-f]+);)/i);
  });

  it('fails in strict mode when the template names a text that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factsheet-templates-'));
    cpSync(templatesDir, dir, { recursive: true });
    const file = join(dir, 'leaflet.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('t.statement', 't.statment'));
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('t.statment')) + 1;
    expect(() => renderTemplate(edition, 'en', { ...env('en'), dir })).toThrow(new InputError([{ file, line, message: templateMessages.notText('undefined', 'en') }]));
  });

  it('names the template file and line of a name its context does not have (strict mode)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factsheet-templates-'));
    cpSync(templatesDir, dir, { recursive: true });
    const file = join(dir, 'leaflet.hbs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{title}}', '{{titel}}'));
    const error = (() => {
      try {
        renderTemplate(edition, 'en', { ...env('en'), dir });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([{ file, line: 5, message: expect.stringContaining('"titel" not defined') }]);
  });

  it('wraps each text in <t key> with its key in the text file, list items and nested lists included', () => {
    const markup = renderTemplate(edition, 'en', env('en'));
    expect(markup).toContain('<title><t key="title">Trafficking in Human Beings in Slovenia</t></title>');
    expect(markup).toMatch(/<li><t key="forms\.items\[0\]">[^<]+<\/t><\/li>/);
    expect(markup).toMatch(/<line><t key="services\.contacts\[1\]\.lines\[2\]">/);
  });

  it('keeps figures and years out of the templates: no digit in any text between tags', () => {
    for (const file of ['leaflet.hbs', ...readdirSync(join(templatesDir, 'partials')).map((f) => `partials/${f}`)]) {
      const source = readFileSync(join(templatesDir, file), 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/g, '');
      expect(source.match(/>[^<]*\d[^<]*</g), file).toBeNull();
    }
  });
});
