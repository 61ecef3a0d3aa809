import { describe, expect, it } from 'vitest';
import type { LaidOutDocument, PlacedItem, StructNode } from '../../src/layout/Page.js';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { chartItem, laidOut, linkRun, node, run, sampleEnv } from './sampleDocument.js';

function oneNode(role: StructNode['role'], items: PlacedItem[], extra: Partial<StructNode> = {}): LaidOutDocument {
  return laidOut(node('0', 'Document', [node('0.0', role, [], extra)]), { width: 100, height: 100, items });
}

describe('paintDocument refuses what it cannot tag or draw faithfully', () => {
  it('a link run outside a Link element', async () => {
    const doc = oneNode('P', [linkRun('gov.si', 10, 20, '0.0', 'https://www.gov.si/')]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/paint: .*belongs to a P, not a Link/);
  });

  it('a link run with no structure node at all', async () => {
    const doc = oneNode('P', [linkRun('gov.si', 10, 20, undefined, 'https://www.gov.si/')]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/paint: link run "gov.si" has no Link/);
  });

  it.each(['http://example.org/', 'javascript:alert(1)', 'www.gov.si'])('a link to %s', async (href) => {
    const doc = oneNode('Link', [linkRun('x', 10, 20, '0.0', href)]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/must start with https:, mailto:, tel:/);
  });

  it.each(['mailto:info@gov.si', 'tel:+38614284000'])('but accepts a link to %s', async (href) => {
    const doc = oneNode('Link', [linkRun('x', 10, 20, '0.0', href)]);
    await expect(paintDocument(doc, sampleEnv())).resolves.toBeInstanceOf(Buffer);
  });

  it('an item pointing at a node that is not in the tree', async () => {
    const doc = oneNode('P', [run('lost', 10, 20, '0.7')]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/structure node 0.7, which is not in the tree/);
  });

  it('a Figure without alternative text', async () => {
    const doc = oneNode('Figure', [chartItem('0.0', { x: 0, y: 0 })]);
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/Figure 0.0 has no alternative text/);
  });

  it('pages of different sizes in one document', async () => {
    const doc = laidOut(node('0', 'Document', [node('0.0', 'P')]), { width: 100, height: 100, items: [run('a', 10, 20, '0.0')] }, { width: 100, height: 120, items: [] });
    await expect(paintDocument(doc, sampleEnv())).rejects.toThrow(/pages of one document differ in size/);
  });

  it('a document without pages', async () => {
    await expect(paintDocument(laidOut(node('0', 'Document')), sampleEnv())).rejects.toThrow(/no pages/);
  });
});
