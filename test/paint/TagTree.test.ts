import { describe, expect, it } from 'vitest';
import type { PlacedItem, StructNode } from '../../src/layout/Page.js';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { flattenStruct } from '../support/flattenStruct.js';
import { readPdf } from '../support/pdf.js';
import { rawStruct, type RawStructElement } from '../support/rawStruct.js';
import { laidOut, linkRun, node, run, sampleEnv } from './sampleDocument.js';

/** Paints 100×100 pt pages of the given items under `structure`. */
async function paint(structure: StructNode, ...pages: PlacedItem[][]) {
  return paintDocument(laidOut(structure, ...pages.map((items) => ({ width: 100, height: 100, items }))), sampleEnv());
}

const find = (role: string, from: RawStructElement[]): RawStructElement[] =>
  from.flatMap((e) => [...(e.role === role ? [e] : []), ...find(role, e.children)]);

describe('TagTree', () => {
  it('keeps the tree’s reading order when layout paints a later node first', async () => {
    // A sidebar painted before the main text but read after it.
    const structure = node('0', 'Document', [node('0.0', 'P'), node('0.1', 'P')]);
    const bytes = await paint(structure, [run('sidebar', 10, 20, '0.1'), run('main', 10, 40, '0.0')]);
    const [page] = (await readPdf(bytes)).pages;
    expect(flattenStruct(page).filter((n) => n.role === 'P').map((n) => n.text)).toEqual(['main', 'sidebar']);
  });

  it('interleaves a paragraph’s own text with its links as they are read', async () => {
    const structure = node('0', 'Document', [node('0.0', 'P', [node('0.0.0', 'Link'), node('0.0.1', 'Link')])]);
    const href = 'https://www.gov.si/';
    const bytes = await paint(structure, [
      run('call', 10, 20, '0.0'),
      linkRun('113', 30, 20, '0.0.0', 'tel:113'),
      run('or see', 50, 20, '0.0'),
      linkRun('gov.si', 10, 40, '0.0.1', href),
      run('.', 40, 40, '0.0'),
    ]);
    const [page] = (await readPdf(bytes)).pages;
    const document = page.struct!.children[0] as { children: Array<{ children: Array<{ role?: string; type?: string }> }> };
    expect(document.children[0].children.map((c) => c.role ?? c.type)).toEqual(['content', 'Link', 'content', 'Link', 'content']);
  });

  it('keeps an empty table cell in its place', async () => {
    const structure = node('0', 'Document', [node('0.0', 'Table', [node('0.0.0', 'TR', [node('0.0.0.0', 'TD'), node('0.0.0.1', 'TD'), node('0.0.0.2', 'TD')])])]);
    const bytes = await paint(structure, [run('a', 10, 20, '0.0.0.0'), run('c', 50, 20, '0.0.0.2')]);
    const cells = find('TD', rawStruct(bytes));
    expect(cells.map((c) => c.contentPages.length)).toEqual([1, 0, 1]);
  });

  it('names the annotation’s own page when the paragraph around the link goes on', async () => {
    const structure = node('0', 'Document', [node('0.0', 'P', [node('0.0.0', 'Link')])]);
    const bytes = await paint(
      structure,
      [run('see', 10, 20, '0.0'), linkRun('gov.si', 30, 20, '0.0.0', 'https://www.gov.si/')],
      [run('and more', 10, 20, '0.0')],
    );
    const [link] = find('Link', rawStruct(bytes));
    expect(link.objects).toEqual([{ pg: 0, annotationPage: 0 }]);
  });

  it('tags a header cell without a scope as heading its column', async () => {
    const structure = node('0', 'Document', [node('0.0', 'Table', [node('0.0.0', 'TR', [node('0.0.0.0', 'TH'), node('0.0.0.1', 'TH', [], { scope: 'Row' })])])]);
    const bytes = await paint(structure, [run('Year', 10, 20, '0.0.0.0'), run('2024', 50, 20, '0.0.0.1')]);
    expect(find('TH', rawStruct(bytes)).map((e) => e.attributes?.Scope)).toEqual(['Column', 'Row']);
  });
});
