/**
 * Compiles the command line, run by `npm ci` and `npm install` (`prepare`) and by
 * `npm run build`:
 *   dist/factsheet.cjs       one CommonJS bundle of src/cli/bin.ts and its dependencies
 *   dist/data/               pdfkit's sRGB profile, which the bundle reads beside itself
 *   dist/factsheet.blob      a V8 startup snapshot of the bundle, modules loaded, fonts parsed
 *   dist/factsheet.blob.key  the node binary and folder the snapshot was made for
 *                            (bin/snapshotKey.cjs, which the launcher compares with)
 * bin/factsheet.cjs starts from the snapshot when its key matches, else from the bundle.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const require = createRequire(import.meta.url);
// One definition of the key, in plain JavaScript: the launcher reads it without a compiler.
const { snapshotKey } = require('../bin/snapshotKey.cjs') as { snapshotKey: (node: string, dist: string) => string };

rmSync(DIST, { recursive: true, force: true });
mkdirSync(join(DIST, 'data'), { recursive: true });

const started = performance.now();
await build({
  entryPoints: [join(ROOT, 'src/cli/bin.ts')],
  outfile: join(DIST, 'factsheet.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // mupdf (page previews in `watch`) loads its WebAssembly from its own folder; tsx compiles
  // the theme that `watch` reloads. Both are imported only when used.
  external: ['mupdf', 'tsx', 'tsx/*'],
  // vega-canvas's Node build awaits `import('canvas')` at the top level; vega draws SVG
  // here and needs no canvas, so its browser build (no canvas at all) stands in.
  alias: {
    'vega-canvas': require.resolve('vega-canvas').replace(/vega-canvas\.node\.js$/, 'vega-canvas.browser.js'),
  },
  plugins: [countryNamesSlEn(), zodEnglishOnly(), unused({ 'brotli/decompress.js': 'fontkit decompresses WOFF2 fonts with it; ours are TTF', 'source-map': 'handlebars maps compiled templates to their source with it when asked; we never ask' })],
  // Smaller code is quicker to load and to deserialise; names stay, for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  // ESM sources (ours, pdfkit's) ask `import.meta.url` for their own place: in the bundle
  // that is the bundle file.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: 'none',
  logLevel: 'warning',
});
asciiOnly(join(DIST, 'factsheet.cjs'));
copyFileSync(join(dirname(require.resolve('pdfkit')), 'data/sRGB_IEC61966_2_1.icc'), join(DIST, 'data/sRGB_IEC61966_2_1.icc'));
const bundled = performance.now();

// The snapshot only speeds the start up: if this node cannot make one, the bundle still runs.
try {
  // Node warns that some built-in modules are "not yet fully verified" in snapshots; ours
  // (child_process for the output probe, module for createRequire) are used only after start.
  execFileSync(process.execPath, ['--no-warnings', '--snapshot-blob', join(DIST, 'factsheet.blob'), '--build-snapshot', join(DIST, 'factsheet.cjs')], { stdio: 'inherit' });
  writeFileSync(join(DIST, 'factsheet.blob.key'), `${snapshotKey(process.execPath, DIST)}\n`);
  console.log(`dist/factsheet.cjs in ${(bundled - started).toFixed(0)} ms, dist/factsheet.blob in ${(performance.now() - bundled).toFixed(0)} ms`);
} catch (e) {
  rmSync(join(DIST, 'factsheet.blob'), { force: true });
  console.warn(`dist/factsheet.cjs in ${(bundled - started).toFixed(0)} ms; no startup snapshot (${(e as Error).message.split('\n')[0]}): bin/factsheet.cjs runs the bundle`);
}

/**
 * V8 keeps a script's source in memory, and in the snapshot: one-byte if it is all
 * Latin-1, else two bytes per character. esbuild escapes non-ASCII characters in strings
 * but not in regular expression literals (`/^[–—-]$/u`), so those are escaped here;
 * `\uXXXX` means the same character in a regular expression, a string or a name.
 */
function asciiOnly(file: string): void {
  const code = readFileSync(file, 'utf8');
  writeFileSync(file, code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * i18n-iso-countries' Node entry registers the country names of 80 languages; its plain
 * entry registers none, and src/format/countryNames.ts registers the Slovenian and English
 * files itself, so only those two are bundled. (An esbuild alias would redirect the
 * `i18n-iso-countries/langs/*.json` imports too.)
 */
function countryNamesSlEn(): Plugin {
  const entry = join(dirname(require.resolve('i18n-iso-countries')), 'index.js');
  return {
    name: 'country-names-sl-en',
    setup(b) {
      b.onResolve({ filter: /^i18n-iso-countries$/ }, () => ({ path: entry }));
    },
  };
}

/** Modules a dependency imports for a feature we never use: left out, and an error if ever reached. */
function unused(modules: Record<string, string>): Plugin {
  return {
    name: 'unused',
    setup(b) {
      const filter = new RegExp(`^(${Object.keys(modules).map((m) => m.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'unused' }));
      b.onLoad({ filter: /.*/, namespace: 'unused' }, (args) => ({
        contents: `module.exports = function unused() { throw new Error(${JSON.stringify(`${args.path} is not in the bundle: ${modules[args.path]}`)}); };`,
        loader: 'js',
      }));
    },
  };
}

/**
 * zod's `z` carries `z.locales`, its error messages in 40-odd languages; through `z` none
 * can be tree-shaken. Ours are written by our own validators and zod's defaults are
 * English, so `z.locales` holds English alone in the bundle.
 */
function zodEnglishOnly(): Plugin {
  return {
    name: 'zod-english-only',
    setup(b) {
      b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
        /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
        contents: `export { default as en } from "./en.js";`,
        resolveDir: dirname(args.path),
        loader: 'js',
      }));
    },
  };
}
