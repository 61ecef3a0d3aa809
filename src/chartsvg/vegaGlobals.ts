/**
 * Vega's process-wide settings that a headless render must pin: the text measurer and
 * the random source. Their typings are not published, so they are declared here.
 */
import * as vega from 'vega';
import type { MeasureWidth } from './measureText.js';

interface VegaGlobals {
  textMetrics: { width: MeasureWidth };
  setRandom(random: () => number): void;
  randomLCG(seed: number): () => number;
}

const globals = vega as unknown as VegaGlobals;

/** The render holding vega's globals; the next waits for it, since a render awaits inside. */
let current: Promise<unknown> = Promise.resolve();

/**
 * Runs `render` with vega measuring text by `measure`, one render at a time, and restores
 * vega's own measurer and random source after.
 */
export function withVegaGlobals<T>(measure: MeasureWidth, render: () => Promise<T>): Promise<T> {
  const run = async () => {
    const previous = globals.textMetrics.width;
    globals.textMetrics.width = measure;
    try {
      return await render();
    } finally {
      globals.textMetrics.width = previous;
      globals.setRandom(Math.random);
    }
  };
  const result = current.then(run, run);
  current = result.catch(() => undefined);
  return result;
}

/** Makes anything random in the next render repeatable. */
export function seedRandom(seed: number): void {
  globals.setRandom(globals.randomLCG(seed));
}
