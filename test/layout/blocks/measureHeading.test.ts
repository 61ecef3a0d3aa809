import { describe, expect, it } from 'vitest';
import { measureHeading } from '../../../src/layout/blocks/measureHeading.js';
import type { HeadingBlock } from '../../../src/markup/Block.js';
import { measureContext, texts, tinyTheme } from '../factories.js';
import { structRoot } from '../../../src/layout/structNodes.js';

const heading = (level: 1 | 2 | 3, text: string): HeadingBlock => ({ kind: 'heading', line: 2, level, spans: [{ text }] });
const theme = tinyTheme();

describe('measureHeading', () => {
  it('tags the heading at the markup’s level and keeps it with what follows, whole', () => {
    const ctx = measureContext();
    const root = structRoot();
    const flow = measureHeading(heading(2, 'Forms of human trafficking in Slovenia'), 85, ctx, root);
    expect(root.children.map((c) => c.role)).toEqual(['H2']);
    expect(flow.keepWithNext).toBe(true);
    expect(flow.split(flow.height - 1, true)).toBeNull();
    const lines = texts(flow.draw(0, 0));
    const baselines = new Set(lines.map((t) => t.y)).size;
    expect(baselines).toBeGreaterThan(1);
    expect(flow.height).toBe(baselines * theme.type.h2.leading);
    expect(lines.every((t) => t.font === theme.type.h2.font && t.color === theme.type.h2.color)).toBe(true);
  });

  it('puts a short accent bar above an h1', () => {
    const ctx = measureContext();
    const root = structRoot();
    const items = measureHeading(heading(1, 'Victims'), 180, ctx, root).draw(0, 0);
    const [bar] = items;
    expect(bar).toMatchObject({ kind: 'rect', x: 0, y: 0, color: theme.colors.accent });
    expect(texts(items)[0]!.y).toBeGreaterThan(theme.type.h1.size);
  });
});
