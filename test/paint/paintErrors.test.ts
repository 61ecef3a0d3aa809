import { describe, expect, it } from 'vitest';
import type { LaidOutDocument, PlacedItem, StructNode } from '../../src/layout/Page.js';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { CHART_SVG, chart, node, run, sampleEnv } from './sampleDocument.js';

function oneNode(role: StructNode['role'], items: PlacedItem[], extra: Partial<StructNode> = {}): LaidOutDocument {
  return { structure: node(0, 'Document', [node(1, role, [], extra)]), pages: [{ width: 100, height: 100, items }] };
}

describe('paintDocument refuses what it cannot tag or draw faithfully', () => {
  it('a link run outside a Link element', async () => {
    const doc = oneNode('P', [run('gov.si', 10, 20, 1, { href: 'https://www.gov.si/' })]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/paint: .*belongs to a P, not a Link/);
  });

  it('a link run with no structure node at all', async () => {
    const doc = oneNode('P', [run('gov.si', 10, 20, undefined, { href: 'https://www.gov.si/' })]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/paint: link run "gov.si" has no Link/);
  });

  it.each(['http://example.org/', 'javascript:alert(1)', 'www.gov.si'])('a link to %s', async (href) => {
    const doc = oneNode('Link', [run('x', 10, 20, 1, { href })]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/must start with https:, mailto:, tel:/);
  });

  it.each(['mailto:info@gov.si', 'tel:+38614284000'])('but accepts a link to %s', async (href) => {
    const doc = oneNode('Link', [run('x', 10, 20, 1, { href })]);
    await expect(paintDocument(doc, sampleEnv())).resolves.toBeInstanceOf(Buffer);
  });

  it('an item pointing at a node that is not in the tree', async () => {
    const doc = oneNode('P', [run('lost', 10, 20, 7)]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/structure node 7, which is not in the tree/);
  });

  it('a Figure without alternative text', async () => {
    const doc = oneNode('Figure', [{ kind: 'chart', x: 0, y: 0, w: 50, h: 25, ref: chart.id, struct: 1 }]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/Figure 1 has no alternative text/);
  });

  it('a chart that was never rendered', async () => {
    const doc = oneNode('Figure', [{ kind: 'chart', x: 0, y: 0, w: 50, h: 25, ref: 'missing', struct: 1 }], { alt: 'x' });
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/chart "missing" was placed but not rendered/);
  });

  it('a chart whose text asks for a font that is not embedded', async () => {
    const env = sampleEnv();
    const svg = CHART_SVG.replace("'Source Sans 3', sans-serif", 'Helvetica');
    const doc = oneNode('Figure', [{ kind: 'chart', x: 0, y: 0, w: 50, h: 25, ref: 'c', struct: 1 }], { alt: 'x' });
    env.charts = new Map([['c', { ...chart, id: 'c', svg }]]);
    await expect(paintDocument(doc, env)).rejects.toThrow(/font family Helvetica; only Source Sans 3 is embedded/);
  });

  it('a document without pages', async () => {
    await expect(paintDocument({ structure: node(0, 'Document'), pages: [] }, sampleEnv())).rejects.toThrow(/no pages/);
  });
});
