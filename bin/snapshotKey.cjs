'use strict';
/**
 * The startup snapshot's key: what a snapshot depends on besides its own bytes. V8 refuses
 * a snapshot made by another node binary, and the snapshot keeps the folder it was made
 * in (fonts, templates and the default edition are found from there), so the key is
 * `<node, real path> <its size> <its mtime, whole s> <dist/, real path>`.
 * scripts/build.ts writes it to dist/factsheet.blob.key; bin/factsheet.cjs compares it
 * before starting from the snapshot. Plain JavaScript, so the launcher needs no compiler.
 */
const { realpathSync, statSync } = require('node:fs');

/** @param {string} node the node binary @param {string} dist the dist/ folder @returns {string} */
function snapshotKey(node, dist) {
  const real = realpathSync(node);
  const { size, mtimeMs } = statSync(real);
  return `${real} ${size} ${Math.floor(mtimeMs / 1000)} ${realpathSync(dist)}`;
}

module.exports = { snapshotKey };
