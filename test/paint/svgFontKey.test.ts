import { describe, expect, it } from 'vitest';
import { svgFontKey } from '../../src/paint/svgFontKey.js';

describe('svgFontKey', () => {
  it.each([
    ["'Source Sans 3', sans-serif", false, false, 'regular'],
    ['"Source Sans 3"', false, true, 'italic'],
    ['Source Sans 3', true, false, 'bold'],
    ["sans-serif, 'Source Sans 3'", true, true, 'bold'],
  ] as const)('maps %s (bold %s, italic %s) to %s', (family, bold, italic, key) => {
    expect(svgFontKey(family, bold, italic)).toBe(key);
  });

  it('refuses a family that is not embedded rather than fall back silently', () => {
    expect(() => svgFontKey('sans-serif', false, false)).toThrow(/only Source Sans 3 is embedded/);
  });
});
