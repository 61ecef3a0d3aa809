/**
 * A colour as the theme defines it: once, with the value each exporter writes. Screen and
 * archive editions write `rgb` (sRGB); the print edition writes `cmyk` (DeviceCMYK), so a
 * print shop gets the separations the designer chose, not a converter's rich black.
 */
export interface Color {
  /** The theme's name for it, for messages and tests (`ink`, `series.2`, `tint(series.1)`). */
  name: string;
  /** sRGB channels, 0–255. */
  rgb: readonly [number, number, number];
  /** Cyan, magenta, yellow, black, 0–100 %. */
  cmyk: readonly [number, number, number, number];
}

export function defineColor(name: string, hex: string, cmyk: Color['cmyk']): Color {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`theme: colour ${name} "${hex}" is not #rrggbb`);
  if (cmyk.some((v) => v < 0 || v > 100)) throw new Error(`theme: colour ${name} has a CMYK value outside 0–100`);
  return { name, rgb: [1, 2, 3].map((i) => parseInt(m[i]!, 16)) as unknown as Color['rgb'], cmyk };
}

/** `#rrggbb`, as SVG, Vega and tests write it. */
export function hexOf(color: Color): string {
  return `#${color.rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour printed at `share` (0–1) of its strength on white paper: a solid tint, not
 * transparency. In sRGB it is mixed with white; in CMYK each ink is scaled, as a tint is
 * screened on press.
 */
export function tint(color: Color, share: number): Color {
  return {
    name: `tint(${color.name}, ${share})`,
    rgb: color.rgb.map((v) => Math.round(v * share + 255 * (1 - share))) as unknown as Color['rgb'],
    cmyk: color.cmyk.map((v) => Math.round(v * share * 10) / 10) as unknown as Color['cmyk'],
  };
}

/** WCAG 2 relative luminance of the sRGB value, 0–1. */
export function luminance(color: Color): number {
  const [r, g, b] = color.rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1–21. */
export function contrast(a: Color, b: Color): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Grey level (0 black – 255 white) a greyscale rendering gives the colour, by the
 * conversions poppler's `pdftoppm -gray` uses: 0.3 R + 0.59 G + 0.11 B for RGB, and
 * 1 − min(1, K + 0.3 C + 0.59 M + 0.11 Y) for CMYK.
 */
export function greyLevel(color: Color, space: 'rgb' | 'cmyk'): number {
  if (space === 'rgb') {
    const [r, g, b] = color.rgb;
    return 0.3 * r + 0.59 * g + 0.11 * b;
  }
  const [c, m, y, k] = color.cmyk.map((v) => v / 100) as [number, number, number, number];
  return 255 * (1 - Math.min(1, k + 0.3 * c + 0.59 * m + 0.11 * y));
}

/**
 * The darkest step of `color` needed for a 3:1 contrast with `paper` (WCAG 1.4.11, the
 * minimum for graphical objects): `color` itself when it has it, else the colour shaded
 * towards black in 10 % steps (sRGB scaled down, black ink added).
 */
export function outlineFor(color: Color, paper: Color): Color {
  for (let step = 0; step <= 10; step++) {
    const share = 1 - step / 10;
    const shaded: Color =
      step === 0
        ? color
        : {
            name: `shade(${color.name}, ${step / 10})`,
            rgb: color.rgb.map((v) => Math.round(v * share)) as unknown as Color['rgb'],
            cmyk: [...color.cmyk.slice(0, 3), Math.min(100, color.cmyk[3] + step * 10)] as unknown as Color['cmyk'],
          };
    if (contrast(shaded, paper) >= 3) return shaded;
  }
  throw new Error(`theme: no shade of ${color.name} reaches 3:1 against ${paper.name}`);
}
