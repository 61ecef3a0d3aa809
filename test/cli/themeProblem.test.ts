/** A theme saved while `watch` runs that does not compile or run is told as a problem of its file. */
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { themeProblem } from '../../src/cli/commands/watch.js';
import { describeError } from '../../src/cli/describeError.js';

describe('themeProblem', () => {
  it("names the file, line and column of the compiler's first error, not an internal error", async () => {
    const error = await transform('export const themes = {\n  a4: x x,\n};', { loader: 'ts' }).catch((e: unknown) => e);
    const told = describeError(themeProblem(error, 'src/publications/leaflet/themes.ts'));
    expect(told).toMatch(/^factsheet: src\/publications\/leaflet\/themes\.ts:2:\d+: Expected .* \(the theme as saved does not compile or run\)$/);
    expect(told).not.toContain('internal error');
  });

  it('names the file and the error a theme throws when it runs', () => {
    const told = describeError(themeProblem(new TypeError("Cannot read properties of undefined (reading 'navy')"), 'src/publications/leaflet/themes.ts'));
    expect(told).toBe("factsheet: src/publications/leaflet/themes.ts: Cannot read properties of undefined (reading 'navy') (the theme as saved does not compile or run)");
  });
});
