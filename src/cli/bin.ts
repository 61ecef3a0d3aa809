/**
 * The compiled command line's entry, dist/factsheet.cjs. Run as a script, it runs the
 * command line. Run by `node --build-snapshot` (`npm run build`), it makes the startup
 * snapshot instead: every module loaded and the fonts parsed, so that `bin/factsheet.cjs`
 * starts from there rather than loading and compiling the bundle each time.
 */
import { startupSnapshot } from 'node:v8';
import { forgetIntlObjects } from '../format/Formatter.js';
import { buildPublication } from '../pipeline.js';
import { PUBLICATIONS } from '../publications/index.js';
import { buildEnv, defaultEdition } from './environment.js';
import { main } from './main.js';

if (startupSnapshot.isBuildingSnapshot()) {
  // One build of the default edition, every publication in every size and variant, so that
  // the snapshot holds its code compiled and its caches (shaped words, chart shapes) filled.
  // Only a head start: an edition that does not build now (mid-edit) leaves the caches
  // empty, and the snapshot is made all the same.
  void (async () => {
    for (const publication of PUBLICATIONS) {
      const all = { sizes: Object.keys(publication.themes), variants: publication.variants };
      await buildPublication(defaultEdition(), all, buildEnv(publication)).catch(() => undefined);
    }
  })();
  startupSnapshot.addSerializeCallback(forgetIntlObjects);
  // Started from a snapshot, node has no script: argv[1] is the first argument already.
  startupSnapshot.setDeserializeMainFunction(() => void main([process.argv[0]!, 'factsheet', ...process.argv.slice(1)]));
} else {
  void main(process.argv);
}
