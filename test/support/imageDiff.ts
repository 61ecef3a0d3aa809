import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Fraction (0–1) of pixels that differ between two PNGs of the same size. `threshold` is
 * pixelmatch's per-pixel colour tolerance (0–1); anti-aliasing differences are ignored.
 */
export function imageDiff(a: Uint8Array, b: Uint8Array, threshold = 0.1): number {
  const left = PNG.sync.read(Buffer.from(a));
  const right = PNG.sync.read(Buffer.from(b));
  if (left.width !== right.width || left.height !== right.height) {
    throw new Error(`imageDiff: ${left.width}×${left.height} against ${right.width}×${right.height}`);
  }
  const differing = pixelmatch(left.data, right.data, undefined, left.width, left.height, { threshold });
  return differing / (left.width * left.height);
}
