import { describe, expect, it } from 'vitest';
import { MarkupError } from '../../src/markup/MarkupError.js';
import { markupMessages as msg } from '../../src/markup/messages.js';
import { parseMarkup } from '../../src/markup/parseMarkup.js';

const doc = (body: string) => `<document title="T" lang="en-GB">\n${body}\n</document>`;

function errorOf(markup: string): string {
  try {
    parseMarkup(markup);
  } catch (e) {
    if (e instanceof MarkupError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('parseMarkup', () => {
  it('reads title, language and blocks in order, each with its line', () => {
    const tree = parseMarkup(doc('<h2>Forms</h2>\n<p style="lead">Some <b>bold</b> text</p>'));
    expect(tree.title).toBe('T');
    expect(tree.lang).toBe('en-GB');
    expect(tree.blocks).toEqual([
      { kind: 'heading', line: 2, level: 2, spans: [{ text: 'Forms' }] },
      { kind: 'paragraph', line: 3, style: 'lead', spans: [{ text: 'Some ' }, { text: 'bold', bold: true }, { text: ' text' }] },
    ]);
  });

  it('gives each leaf block the keys of the texts it prints (<t key>), in order and once; containers none', () => {
    const tree = parseMarkup(
      doc('<banner><title><t key="title">A</t></title><subtitle><t key="subtitle">B <a href="tel:+386113">113</a></t></subtitle></banner>\n<section><p><t key="x.a">C</t> <t key="x.b">D</t> <t key="x.a">E</t></p></section>'),
    );
    expect(tree.blocks[0]).toMatchObject({ kind: 'banner', keys: ['title', 'subtitle'], subtitle: [{ text: 'B ' }, { text: '113', href: 'tel:+386113' }] });
    expect(tree.blocks[1]).not.toHaveProperty('keys');
    const p = (tree.blocks[1] as { children: { keys: string[]; spans: { text: string }[] }[] }).children[0]!;
    expect(p.keys).toEqual(['x.a', 'x.b']);
    expect(p.spans.map((s) => s.text).join('')).toBe('C D E');
  });

  it('collapses white space and keeps links with their target', () => {
    const tree = parseMarkup(doc('<p>\n  Call   <a href="tel:+38614284721">+386 1 428 47 21</a>\n  now </p>'));
    expect(tree.blocks[0]).toMatchObject({
      spans: [{ text: 'Call ' }, { text: '+386 1 428 47 21', href: 'tel:+38614284721' }, { text: ' now' }],
    });
  });

  it("keeps a link's title and the language of words marked with <span lang>", () => {
    const tree = parseMarkup(doc('<p>The <span lang="sl">Ključ</span> Society: <span lang="sl"><a href="https://www.gov.si/x" title="https://www.gov.si/x">gov.si</a></span></p>'));
    expect(tree.blocks[0]).toMatchObject({
      spans: [
        { text: 'The ' },
        { text: 'Ključ', lang: 'sl' },
        { text: ' Society: ' },
        { text: 'gov.si', href: 'https://www.gov.si/x', title: 'https://www.gov.si/x', lang: 'sl' },
      ],
    });
  });

  it('rejects a <span> without a language tag', () => {
    expect(errorOf(doc('<p><span lang="Slovenian">x</span></p>'))).toBe(msg.at(2, msg.badAttr('span', 'lang', 'Slovenian', 'a language tag such as en or sl')));
  });

  it('reads a table with head, body and foot, scopes and alignment', () => {
    const tree = parseMarkup(
      doc(`<table widths="2,1"><thead><tr><th scope="col">Year</th><th scope="col" align="right">2019</th></tr></thead>
<tbody><tr><th scope="row">Women</th><td align="right">6</td></tr></tbody>
<tfoot><tr><th scope="row">Total</th><td align="right">7</td></tr></tfoot></table>`),
    );
    const table = tree.blocks[0]!;
    expect(table).toMatchObject({ kind: 'table', widths: [2, 1] });
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.head[0]!.cells[1]).toEqual({ spans: [{ text: '2019' }], header: true, scope: 'col', align: 'right' });
    expect(table.body[0]!.cells[0]).toMatchObject({ header: true, scope: 'row' });
    expect(table.foot[0]!.cells[1]).toEqual({ spans: [{ text: '7' }], header: false, scope: undefined, align: 'right' });
  });

  it('nests sections, columns and keeps, and reads charts, big numbers and contacts', () => {
    const tree = parseMarkup(
      doc(`<section><columns count="2"><keep><chart ref="victims"/></keep></columns></section>
<bignumbers><bignumber value="85">Suspects</bignumber></bignumbers>
<contact><name>Police</name><line>Emergency: <a href="tel:113">113</a></line></contact>`),
    );
    expect(tree.blocks.map((b) => b.kind)).toEqual(['section', 'bignumbers', 'contact']);
    expect(tree.blocks[0]).toMatchObject({ children: [{ kind: 'columns', count: 2, children: [{ kind: 'keep', children: [{ kind: 'chart', ref: 'victims' }] }] }] });
    expect(tree.blocks[1]).toMatchObject({ items: [{ value: '85', label: [{ text: 'Suspects' }] }] });
    expect(tree.blocks[2]).toMatchObject({ name: [{ text: 'Police' }], lines: [[{ text: 'Emergency: ' }, { text: '113', href: 'tel:113' }]] });
  });

  it('names the line of an unknown element and of every other problem, together', () => {
    const message = errorOf(doc('<p>ok</p>\n<tabel/>\n<p style="loud">x</p>\n<ul><li></li></ul>'));
    expect(message.split('\n')).toEqual([
      msg.at(3, msg.notAllowed('tabel', 'document')),
      msg.at(4, msg.badAttr('p', 'style', 'loud', 'body, lead, statement, note, source, small')),
      msg.at(5, msg.empty('li')),
    ]);
  });

  it('rejects a link that is not https, mailto or tel', () => {
    expect(errorOf(doc('<p><a href="javascript:x">x</a></p>'))).toBe(msg.at(2, msg.badAttr('a', 'href', 'javascript:x', 'an https:, mailto: or tel: link')));
  });

  it('reports malformed XML with its line', () => {
    expect(errorOf(doc('<p>one</p>\n<p>two</q>'))).toMatch(/^markup line 3: /);
  });
});
