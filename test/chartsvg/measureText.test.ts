import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontKey, measureWidthWith } from '../../src/chartsvg/measureText.js';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { ROOT } from '../charts/factory.js';

const fonts = loadFontSet(resolve(ROOT, 'fonts'));
const measure = measureWidthWith(fonts);
const family = "'Source Sans 3'";

describe('measureWidthWith', () => {
  it('measures with the embedded font at the item’s size', () => {
    expect(measure({ font: family, fontSize: 9 }, 'Razčlenitev ni objavljena')).toBe(fonts.width('Razčlenitev ni objavljena', 'regular', 9));
    expect(measure({ font: family, fontSize: 9, fontWeight: 'bold' }, '117')).toBe(fonts.width('117', 'bold', 9));
  });

  it('uses vega’s default size and trims as vega does', () => {
    expect(measure({ font: family }, ' 2019 ')).toBe(fonts.width('2019', 'regular', 11));
    expect(measure({ font: family, fontSize: 9 }, null)).toBe(0);
  });

  it.each([
    [{}, 'regular'],
    [{ fontWeight: 'normal' }, 'regular'],
    [{ fontWeight: 400 }, 'regular'],
    [{ fontWeight: 500 }, 'regular'],
    // 600 and up is printed in the bold file (no semibold in charts), so it is measured as bold.
    [{ fontWeight: 600 }, 'bold'],
    [{ fontWeight: '600' }, 'bold'],
    [{ fontWeight: 'bold' }, 'bold'],
    [{ fontWeight: 700 }, 'bold'],
    [{ fontStyle: 'italic' }, 'italic'],
    [{ fontStyle: 'oblique' }, 'regular'],
    // No bold italic is embedded; bold is printed, so bold is measured.
    [{ fontStyle: 'italic', fontWeight: 'bold' }, 'bold'],
  ] as const)('maps %o to the %s font', (item, key) => {
    expect(fontKey(item)).toBe(key);
  });
});
