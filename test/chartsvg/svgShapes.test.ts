import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartPalette, hatchedFills } from '../../src/charts/colors.js';
import { chartSvgMessages as msg } from '../../src/chartsvg/messages.js';
import { multiply, parseTransform, svgShapes } from '../../src/chartsvg/svgShapes.js';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { tint } from '../../src/graphics/Color.js';
import type { Matrix, VectorPath, VectorText } from '../../src/graphics/Vector.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';
import { ROOT } from '../charts/factory.js';

const fonts = loadFontSet(resolve(ROOT, 'fonts'));
const { accent, text: ink, rule } = defaultTheme.colors;
const palette = chartPalette([accent, ink, rule]);
const shapesOf = (body: string) => svgShapes('test', `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50">${body}</svg>`, palette, fonts);
const close = (m: Matrix) => m.map((v) => Math.round(v * 1e9) / 1e9 || 0);

describe('parseTransform', () => {
  it('reads translate, scale, rotate and matrix, applied in the order written', () => {
    expect(parseTransform('t', 'translate(10,20)')).toEqual([1, 0, 0, 1, 10, 20]);
    expect(parseTransform('t', 'translate(5)')).toEqual([1, 0, 0, 1, 5, 0]);
    expect(parseTransform('t', 'scale(2)')).toEqual([2, 0, 0, 2, 0, 0]);
    expect(close(parseTransform('t', 'rotate(-90)'))).toEqual([0, -1, 1, 0, 0, 0]);
    expect(parseTransform('t', 'matrix(1 0 0 1 3 4)')).toEqual([1, 0, 0, 1, 3, 4]);
    // Translate, then scale inside it: a point at (1, 1) lands at (10 + 2, 20 + 2).
    expect(parseTransform('t', 'translate(10,20) scale(2)')).toEqual([2, 0, 0, 2, 10, 20]);
  });

  it('rotates about a given centre', () => {
    const m = parseTransform('t', 'rotate(180, 5, 5)');
    expect(close(multiply(m, [1, 0, 0, 1, 0, 0]))).toEqual([-1, 0, 0, -1, 10, 10]);
  });

  it('refuses a transform the exporters cannot reproduce', () => {
    expect(() => parseTransform('c', 'skewX(10)')).toThrow(msg.unsupported('c', 'transform skewX(10)'));
  });
});

describe('svgShapes', () => {
  it('folds the transforms of enclosing groups into each shape’s matrix', () => {
    const [path] = shapesOf('<g transform="translate(10,20)"><g transform="translate(1,2)"><path d="M0,0h5" stroke="#c5ced6"/></g></g>') as VectorPath[];
    expect(path).toMatchObject({ kind: 'path', d: 'M0,0h5', matrix: [1, 0, 0, 1, 11, 22] });
  });

  it('maps each colour to the theme colour it was written from, whatever its case', () => {
    const [bar] = shapesOf('<rect x="0" y="0" width="10" height="20" fill="#0072B2" stroke="#c5ced6" stroke-width="0.5"/>') as VectorPath[];
    expect(bar!.fill).toEqual({ kind: 'solid', color: accent });
    expect(bar!.stroke).toEqual({ color: rule, width: 0.5 });
    expect(bar!.d).toBe('M0,0h10v20h-10Z');
  });

  it('inherits paint from groups and turns fill-opacity into a solid tint', () => {
    const [bar] = shapesOf('<g fill="#0072b2" fill-opacity="0.35"><path d="M0,0h10v10h-10Z"/></g>') as VectorPath[];
    expect(bar!.fill).toEqual({ kind: 'solid', color: tint(accent, 0.35) });
    expect(tint(accent, 0.35).rgb).not.toEqual(accent.rgb);
  });

  it('draws a fill the chart stage marks hatched (colour and opacity) as that hatch, other opacities as tints', () => {
    const hatched = hatchedFills([accent], 0.35, defaultTheme);
    const [inferred, other] = svgShapes(
      'test',
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><path d="M0,0h10v10h-10Z" fill="#0072B2" fill-opacity="0.35"/><path d="M0,0h10v10h-10Z" fill="#0072b2" fill-opacity="0.5"/></svg>',
      palette,
      fonts,
      hatched,
    ) as VectorPath[];
    expect(inferred!.fill).toEqual({ kind: 'hatch', color: accent, background: tint(accent, 0.35), hatch: defaultTheme.chart.hatch });
    expect(other!.fill).toEqual({ kind: 'solid', color: tint(accent, 0.5) });
  });

  it('draws nothing for hidden elements, empty paths and shapes without paint', () => {
    expect(shapesOf('<path d="M0,0h5" fill="#0072b2" display="none"/><path d="" fill="#0072b2"/><path d="M0,0h5" fill="none"/>')).toEqual([]);
  });

  it('places text by its anchor, measured with our fonts, in the weight vega asked for', () => {
    const [label] = shapesOf('<text font-family="\'Source Sans 3\'" text-anchor="middle" transform="translate(50,10)" font-size="8.5px" font-weight="600" fill="#1f2933">2024</text>') as VectorText[];
    const width = fonts.width('2024', 'bold', 8.5);
    expect(label).toMatchObject({ kind: 'text', text: '2024', font: 'bold', size: 8.5, color: ink, matrix: [1, 0, 0, 1, 50, 10] });
    expect(label!.x).toBeCloseTo(-width / 2, 9);
  });

  it('refuses a colour the theme does not define: it would have no print value', () => {
    expect(() => shapesOf('<path d="M0,0h5" fill="#123456"/>')).toThrow(msg.unknownColour('test', '#123456'));
  });

  it('refuses group opacity below 1: no transparency reaches the PDF', () => {
    expect(() => shapesOf('<g opacity="0.5"><path d="M0,0h5" fill="#0072b2"/></g>')).toThrow(msg.transparency('test'));
    expect(shapesOf('<g opacity="1"><path d="M0,0h5" fill="#0072b2"/></g>')).toHaveLength(1);
  });

  it('refuses elements and effects it cannot draw', () => {
    expect(() => shapesOf('<circle r="3" fill="#0072b2"/>')).toThrow(msg.unsupported('test', '<circle>'));
    expect(() => shapesOf('<g clip-path="url(#c)"><path d="M0,0h5" fill="#0072b2"/></g>')).toThrow(/clip paths, masks and filters/);
  });
});
