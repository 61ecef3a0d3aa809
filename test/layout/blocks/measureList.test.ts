import { describe, expect, it } from 'vitest';
import { measureList } from '../../../src/layout/blocks/measureList.js';
import type { PlacedRect } from '../../../src/layout/Page.js';
import type { ListBlock } from '../../../src/markup/Block.js';
import { measureContext, shape, texts, tinyTheme } from '../factories.js';
import { structRoot } from '../../../src/layout/structNodes.js';

const list = (...items: string[]): ListBlock => ({ kind: 'list', line: 5, items: items.map((text) => [{ text }]) });
const theme = tinyTheme();

describe('measureList', () => {
  it('tags L → LI → Lbl + LBody, one item per LI', () => {
    const ctx = measureContext();
    const root = structRoot();
    measureList(list('forced labour', 'begging'), 85, ctx, root);
    expect(shape(root.children[0]!)).toEqual(['L', [['LI', ['Lbl', 'LBody']], ['LI', ['Lbl', 'LBody']]]]);
  });

  it("makes each square bullet its item's Lbl, read as a bullet character", () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = measureList(list('forced labour', 'begging'), 85, ctx, root).draw(0, 0);
    const labels = root.children[0]!.children.map((li) => li.children[0]!);
    const bullets = items.filter((i): i is PlacedRect => i.kind === 'rect');
    expect(bullets.map((b) => [b.struct, b.actualText])).toEqual(labels.map((l) => [l.key, '\u2022']));
    expect(labels.every((l) => l.role === 'Lbl')).toBe(true);
  });

  it('draws a square bullet and hangs the text at the list indent', () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = measureList(list('forced prostitution and other forms of sexual abuse', 'begging'), 85, ctx, root).draw(0, 0);
    const bullets = items.filter((i): i is PlacedRect => i.kind === 'rect');
    expect(bullets).toHaveLength(2);
    expect(bullets.every((b) => b.x === 0 && b.w === b.h && b.w < theme.space.listIndent)).toBe(true);
    const lines = texts(items);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((t) => t.x === theme.space.listIndent && t.struct !== undefined)).toBe(true);
    // Each bullet sits on its item's first line: between that line's top and its baseline.
    const firstLines = [lines[0]!, lines.find((t) => t.text === 'begging')!];
    bullets.forEach((b, i) => {
      expect(b.y + b.h).toBeLessThan(firstLines[i]!.y);
      expect(b.y).toBeGreaterThan(firstLines[i]!.y - theme.type.body.size);
    });
  });

  it('splits between items and keeps a two-line item together', () => {
    const ctx = measureContext();
    const root = structRoot();
    const flow = measureList(list('one', 'forced prostitution and other forms of sexual abuse', 'three'), 85, ctx, root);
    const { head } = flow.split(2 * theme.type.body.leading, false)!;
    expect(texts(head.draw(0, 0)).map((t) => t.text)).toEqual(['one']);
  });
});
