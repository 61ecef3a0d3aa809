// The renderer lives with the command line, which writes previews with it (`factsheet watch`).
export { renderPdfPages } from '../../src/cli/renderPdfPages.js';
