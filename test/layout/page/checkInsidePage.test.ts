import { describe, expect, it } from 'vitest';
import { outsidePage } from '../../../src/layout/messages.js';
import { checkInsidePage } from '../../../src/layout/page/checkInsidePage.js';
import type { Page } from '../../../src/layout/Page.js';
import { defaultTheme } from '../../../src/publications/leaflet/themes.js';
import { fonts } from '../factories.js';

const ink = defaultTheme.colors.text;

const page = (items: Page['items']): Page => ({ width: 200, height: 200, items });

describe('checkInsidePage', () => {
  it('accepts items within the page, full-bleed ones included', () => {
    expect(() => checkInsidePage(page([{ kind: 'rect', x: 0, y: 0, w: 200, h: 50, color: ink }]), 1, fonts)).not.toThrow();
  });

  it('throws a layout invariant error for a rect past the edge', () => {
    const rect = { kind: 'rect' as const, x: 150, y: 10, w: 60, h: 10, color: ink };
    expect(() => checkInsidePage(page([rect]), 3, fonts)).toThrow(outsidePage('rect', 3, { x0: 150, y0: 10, x1: 210, y1: 20 }));
  });

  it('counts a text’s ascender: a baseline at the very top is outside', () => {
    const text = { kind: 'text' as const, x: 10, y: 2, width: 20, text: 'Hi', font: 'regular' as const, size: 10, color: ink };
    expect(() => checkInsidePage(page([text]), 1, fonts)).toThrow(/^layout: text "Hi" on page 1 lies outside the page box/);
  });

  it('names a vector item by what it is', () => {
    const chart = { kind: 'vector' as const, x: 10, y: 190, w: 100, h: 20, name: 'chart "victims"', shapes: [], struct: '0.1' };
    expect(() => checkInsidePage(page([chart]), 2, fonts)).toThrow(outsidePage('chart "victims"', 2, { x0: 10, y0: 190, x1: 110, y1: 210 }));
  });
});
