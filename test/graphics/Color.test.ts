import { describe, expect, it } from 'vitest';
import { contrast, defineColor, greyLevel, hexOf, outlineFor, tint, type Color } from '../../src/graphics/Color.js';

const white = defineColor('white', '#ffffff', [0, 0, 0, 0]);
const black = defineColor('black', '#000000', [0, 0, 0, 100]);
const blue = defineColor('blue', '#0072b2', [100, 45, 0, 10]);
const sky = defineColor('sky', '#a3d4f2', [40, 8, 0, 0]);

describe('defineColor and hexOf', () => {
  it('reads #rrggbb into sRGB channels and writes them back', () => {
    expect(blue.rgb).toEqual([0x00, 0x72, 0xb2]);
    expect(hexOf(blue)).toBe('#0072b2');
  });

  it('refuses a colour that is not #rrggbb or has an ink outside 0–100 %', () => {
    expect(() => defineColor('x', 'blue', [0, 0, 0, 0])).toThrow('theme: colour x "blue" is not #rrggbb');
    expect(() => defineColor('x', '#000000', [0, 0, 0, 120])).toThrow(/outside 0–100/);
  });
});

describe('tint', () => {
  it('mixes sRGB with white and scales each CMYK ink by the share', () => {
    const half = tint(blue, 0.5);
    expect(half.rgb).toEqual([128, Math.round(0x72 / 2 + 127.5), Math.round(0xb2 / 2 + 127.5)]);
    expect(half.cmyk).toEqual([50, 22.5, 0, 5]);
    expect(half.name).toBe('tint(blue, 0.5)');
  });

  it('is the colour itself at full strength and paper white at none', () => {
    expect(tint(blue, 1)).toMatchObject({ rgb: blue.rgb, cmyk: blue.cmyk });
    expect(tint(blue, 0)).toMatchObject({ rgb: [255, 255, 255], cmyk: [0, 0, 0, 0] });
  });
});

describe('greyLevel', () => {
  it('weighs sRGB channels 0.3, 0.59, 0.11', () => {
    expect(greyLevel(defineColor('r', '#ff0000', [0, 100, 100, 0]), 'rgb')).toBeCloseTo(0.3 * 255, 9);
    expect(greyLevel(blue, 'rgb')).toBeCloseTo(0.59 * 0x72 + 0.11 * 0xb2, 9);
    expect(greyLevel(white, 'rgb')).toBeCloseTo(255, 9);
  });

  it('darkens by K plus 0.3 C, 0.59 M, 0.11 Y in CMYK, never below black', () => {
    expect(greyLevel(blue, 'cmyk')).toBeCloseTo(255 * (1 - (0.1 + 0.3 * 1 + 0.59 * 0.45)), 9);
    expect(greyLevel(white, 'cmyk')).toBe(255);
    expect(greyLevel(defineColor('rich', '#000000', [100, 100, 100, 100]), 'cmyk')).toBe(0);
  });
});

describe('contrast', () => {
  it('is the WCAG ratio: 21 for black on white, 1 for a colour on itself, either order', () => {
    expect(contrast(black, white)).toBeCloseTo(21, 9);
    expect(contrast(blue, blue)).toBe(1);
    expect(contrast(white, blue)).toBe(contrast(blue, white));
    // #0072b2: relative luminance 0.7152 × 0.1683 + 0.0722 × 0.4451 = 0.1525, so 1.05 / 0.2025.
    expect(contrast(blue, white)).toBeCloseTo(5.185, 2);
  });
});

describe('outlineFor', () => {
  const shade = (c: Color, step: number): Color => ({ ...c, rgb: c.rgb.map((v) => Math.round(v * (1 - step / 10))) as unknown as Color['rgb'] });

  it('keeps a colour that already has 3:1 against the paper', () => {
    expect(outlineFor(blue, white)).toBe(blue);
  });

  it('shades a light colour just as far as 3:1 needs, adding black ink for print', () => {
    expect(contrast(sky, white)).toBeLessThan(3);
    const edge = outlineFor(sky, white);
    expect(contrast(edge, white)).toBeGreaterThanOrEqual(3);
    const step = Math.round(Number(/, ([\d.]+)\)$/.exec(edge.name)![1]) * 10);
    expect(edge.rgb).toEqual(shade(sky, step).rgb);
    expect(contrast(shade(sky, step - 1), white)).toBeLessThan(3);
    expect(edge.cmyk).toEqual([40, 8, 0, step * 10]);
  });

  it('reaches 3:1 against white for every colour of the theme, however pale', () => {
    for (const hex of ['#ffffff', '#eceef1', '#e69f00', '#a3d4f2', '#b86e9a']) {
      expect(contrast(outlineFor(defineColor(hex, hex, [0, 0, 0, 0]), white), white), hex).toBeGreaterThanOrEqual(3);
    }
  });
});
