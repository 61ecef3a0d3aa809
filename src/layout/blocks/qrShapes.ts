/**
 * A QR code as one vector path: each row's runs of dark modules as rectangles, inside a
 * quiet zone of four modules (what the standard asks for scanners to find the code).
 */
import QRCode from 'qrcode';
import type { Color } from '../../graphics/Color.js';
import type { VectorShape } from '../../graphics/Vector.js';

const QUIET = 4;

/**
 * The modules of each text's code: making one tries every mask pattern, and composition
 * measures a QR block once per arrangement it weighs, every build, for the same few links.
 */
const codes = new Map<string, QRCode.BitMatrix>();

function modulesOf(text: string): QRCode.BitMatrix {
  let modules = codes.get(text);
  if (modules === undefined) {
    // Level M (15 % recovery): robust to a smudge or a fold, still few modules for a long URL.
    modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    codes.set(text, modules);
  }
  return modules;
}

/** Shapes of the code for `text` filling a `size` × `size` pt square, and the module count. */
export function qrShapes(text: string, size: number, color: Color): { shapes: VectorShape[]; modules: number } {
  const modules = modulesOf(text);
  const n = modules.size;
  const unit = size / (n + 2 * QUIET);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < n && modules.get(row, col + 1)) col++;
      const [x, y, w] = [(start + QUIET) * unit, (row + QUIET) * unit, (col - start + 1) * unit];
      d += `M${round(x)},${round(y)}h${round(w)}v${round(unit)}h${round(-w)}Z`;
    }
  }
  return { shapes: [{ kind: 'path', d, matrix: [1, 0, 0, 1, 0, 0], fill: { kind: 'solid', color } }], modules: n };
}
