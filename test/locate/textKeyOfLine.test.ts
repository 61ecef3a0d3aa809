import { describe, expect, it } from 'vitest';
import { textKeyOfLine } from '../../src/locate/textKeyOfLine.js';
import type { Texts } from '../../src/model/Edition.js';

const texts = {
  title: 'Trafficking in Human Beings',
  document_title: 'Trafficking in Human Beings ({period})',
  forms: { items: ['forced labour and begging', 'trade in organs, tissue & blood'] },
  page_label: 'Page {page}',
} as unknown as Texts;

describe('textKeyOfLine', () => {
  it('names the text whose words stand on the markup line', () => {
    expect(textKeyOfLine('<li>forced labour and begging</li>', texts)).toBe('forms.items[0]');
  });

  it('reads escaped markup as the words it prints', () => {
    expect(textKeyOfLine('<li>trade in organs, tissue &amp; blood</li>', texts)).toBe('forms.items[1]');
  });

  it('matches a text with placeholders by its words before the first one, the longest match winning', () => {
    expect(textKeyOfLine('<title>Trafficking in Human Beings</title>', texts)).toBe('title');
    expect(textKeyOfLine('<p>Trafficking in Human Beings (2019–2024)</p>', texts)).toBe('document_title');
  });

  it('finds nothing on a line of the template’s own markup, or for words too short to tell apart', () => {
    expect(textKeyOfLine('<columns count="2">', texts)).toBeUndefined();
    expect(textKeyOfLine('<p>Page 3</p>', texts)).toBeUndefined();
  });
});
