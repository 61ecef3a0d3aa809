import { describe, expect, it } from 'vitest';
import { runsOf } from '../../../src/layout/text/runsOf.js';
import { measureContext, shape, tinyTheme } from '../factories.js';
import { addNode, structRoot } from '../../../src/layout/structNodes.js';

const theme = tinyTheme();
const X = 'https://www.drustvo-kljuc.si';

describe('runsOf', () => {
  it('resolves each span’s font from the style, bold winning over italic', () => {
    const ctx = measureContext();
    const root = structRoot();
    const runs = runsOf([{ text: 'a' }, { text: 'b', bold: true }, { text: 'c', italic: true }, { text: 'd', bold: true, italic: true }], theme.type.body, ctx, root, 1);
    expect(runs.map((r) => r.font)).toEqual(['regular', 'bold', 'italic', 'bold']);
    expect(runs.every((r) => r.struct === root.key && r.size === theme.type.body.size)).toBe(true);
  });

  it('gives neighbouring spans with one target one Link node, in the link colour', () => {
    const ctx = measureContext();
    const root = structRoot();
    const p = addNode(root, 'P');
    const runs = runsOf([{ text: 'Društvo ', href: X }, { text: 'Ključ', href: X, bold: true }, { text: ' or ' }, { text: 'mail', href: 'mailto:a@b.si' }], theme.type.body, ctx, p, 1);
    expect(shape(p)).toEqual(['P', ['Link', 'Link']]);
    const [first, second] = p.children;
    expect(runs.map((r) => r.struct)).toEqual([first!.key, first!.key, p.key, second!.key]);
    expect(runs.map((r) => r.href)).toEqual([X, X, undefined, 'mailto:a@b.si']);
    expect(runs[0]!.color).toBe(theme.colors.link);
  });

  it('starts a new Link when the same target comes back after other text', () => {
    const ctx = measureContext();
    const root = structRoot();
    const p = addNode(root, 'P');
    runsOf([{ text: 'site', href: X }, { text: ' and again ' }, { text: 'site', href: X }], theme.type.body, ctx, p, 1);
    expect(shape(p)).toEqual(['P', ['Link', 'Link']]);
  });

  it('records characters the font lacks, with the markup line', () => {
    const ctx = measureContext();
    const root = structRoot();
    runsOf([{ text: 'ok 中' }], theme.type.body, ctx, root, 12);
    expect(ctx.glyphs.problems()).toEqual([{ char: '中', font: 'regular', where: 12 }]);
  });
});
