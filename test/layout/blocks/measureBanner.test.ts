import { describe, expect, it } from 'vitest';
import { measureBanner } from '../../../src/layout/blocks/measureBanner.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { tooTall } from '../../../src/layout/messages.js';
import type { PlacedRect } from '../../../src/layout/Page.js';
import type { BannerBlock } from '../../../src/markup/Block.js';
import { fonts, measureContext, texts, tinyTheme } from '../factories.js';
import { structRoot } from '../../../src/layout/structNodes.js';

const banner = (title: string): BannerBlock => ({ kind: 'banner', line: 1, title: [{ text: title }], subtitle: [{ text: 'Facts and figures' }] });

describe('measureBanner', () => {
  it('draws a full-bleed navy band at the page top with the title and subtitle inside it', () => {
    const theme = tinyTheme();
    const ctx = measureContext({ theme });
    const root = structRoot();
    const seg = measureBanner(banner('Trafficking'), ctx, root);
    const [band] = seg.items.filter((i): i is PlacedRect => i.kind === 'rect');
    expect(band).toMatchObject({ x: 0, y: 0, w: theme.page.width, color: theme.colors.accentDark });
    for (const t of texts(seg.items)) {
      expect(t.x).toBe(theme.page.margin.left);
      expect(t.y - fonts.ascent(t.font, t.size)).toBeGreaterThan(0);
      expect(t.y - fonts.descent(t.font, t.size)).toBeLessThan(band!.h);
    }
    expect(seg.bottom).toBe(Math.max(theme.page.margin.top, theme.space.bannerHeight + theme.space.block));
  });

  it('tags the title as H1 and the subtitle as P', () => {
    const ctx = measureContext();
    const root = structRoot();
    measureBanner(banner('Trafficking'), ctx, root);
    expect(root.children.map((c) => c.role)).toEqual(['H1', 'P']);
  });

  it('reports a title too tall for the band', () => {
    const theme = tinyTheme({ bannerHeight: 30 });
    const ctx = measureContext({ theme });
    const root = structRoot();
    // Band 26 pt (stripe 4 pt off) less 2 × 0 pt padding; one 14 pt title line + one 10 pt subtitle line fit, two title lines do not.
    expect(() => measureBanner(banner('Trafficking in Human Beings in Slovenia and more'), ctx, root)).toThrow(new LayoutError(tooTall('banner', 1, 2 * 14 + 10 - 26, 26, 'the banner band')));
  });
});
