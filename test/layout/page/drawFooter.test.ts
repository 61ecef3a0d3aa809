import { describe, expect, it } from 'vitest';
import { pageFrame } from '../../../src/layout/flow/PageFrame.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { footerTooWide } from '../../../src/layout/messages.js';
import { drawFooter } from '../../../src/layout/page/drawFooter.js';
import { fonts, texts, tinyTheme } from '../factories.js';

const theme = tinyTheme();
const frame = pageFrame(theme);
const w = (t: string) => fonts.width(t, theme.type.footer.font, theme.type.footer.size);

describe('drawFooter', () => {
  it('sets the text at the left margin and the label flush right, on the footer baseline, as artifacts', () => {
    const items = drawFooter({ text: 'Ministry · Source', label: '2 / 5' }, frame, { fonts, theme });
    const [text, label] = texts(items);
    expect(text).toMatchObject({ x: 10, y: 200 - theme.space.footerBaseline, text: 'Ministry · Source' });
    expect(label!.x + label!.width).toBeCloseTo(190, 9);
    expect(label!.y).toBe(text!.y);
    expect(texts(items).every((t) => t.struct === undefined)).toBe(true);
  });

  it('draws a hairline above the footer across the text width', () => {
    const [rule] = drawFooter({ text: 'Ministry', label: '1 / 1' }, frame, { fonts, theme });
    expect(rule).toMatchObject({ kind: 'rule', x1: 10, x2: 190, color: theme.colors.rule });
    expect((rule as { y1: number }).y1).toBeLessThan(200 - theme.space.footerBaseline - fonts.ascent('regular', theme.type.footer.size));
  });

  it('reports footer text that leaves no room for the label', () => {
    const text = 'Ministry of the Interior · Source: national coordinator for combating trafficking';
    const excess = w(text) + theme.page.columnGap + w('1 / 1') - 180;
    expect(() => drawFooter({ text, label: '1 / 1' }, frame, { fonts, theme })).toThrow(new LayoutError(footerTooWide(excess, 180)));
  });
});
