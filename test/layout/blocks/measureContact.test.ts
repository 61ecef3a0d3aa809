import { describe, expect, it } from 'vitest';
import { measureContact } from '../../../src/layout/blocks/measureContact.js';
import type { PlacedRect } from '../../../src/layout/Page.js';
import type { ContactBlock } from '../../../src/markup/Block.js';
import { measureContext, shape, texts, tinyTheme } from '../factories.js';
import { structRoot } from '../../../src/layout/structNodes.js';

const contact: ContactBlock = {
  kind: 'contact',
  line: 30,
  name: [{ text: 'Police' }],
  lines: [[{ text: 'Emergency: ' }, { text: '113', href: 'tel:113' }], [{ text: 'Anonymous: 080 12 00' }]],
};
const theme = tinyTheme();

describe('measureContact', () => {
  it('tags the name as H3 and each line as a P, links under their P, in a Div', () => {
    const ctx = measureContext();
    const root = structRoot();
    measureContact(contact, 85, ctx, root);
    expect(shape(root.children[0]!)).toEqual(['Div', ['H3', ['P', ['Link']], 'P']]);
  });

  it('draws a tinted box with an accent bar around the text, and never splits', () => {
    const ctx = measureContext();
    const root = structRoot();
    const flow = measureContact(contact, 85, ctx, root);
    const items = flow.draw(0, 0);
    const [box, bar] = items.filter((i): i is PlacedRect => i.kind === 'rect');
    expect(box).toMatchObject({ x: 0, y: 0, w: 85, h: flow.height, color: theme.colors.accentTint });
    expect(bar).toMatchObject({ x: 0, y: 0, h: flow.height, color: theme.colors.accent });
    for (const t of texts(items)) expect(t.x).toBeGreaterThan(bar!.w);
    expect(texts(items)[0]).toMatchObject({ text: 'Police', font: theme.type.contactName.font });
    expect(flow.split(flow.height - 1, true)).toBeNull();
  });
});
