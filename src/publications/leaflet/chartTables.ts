import type { ChartId } from './chartData.js';

/**
 * The edition's data tables (file stems) each chart draws: an archive file associates the
 * chart's Figure with these files. `origin-named` is not here: its countries are printed as
 * text under the origin chart, not drawn.
 */
export const CHART_TABLES: Record<ChartId, readonly string[]> = {
  victims: ['victims'],
  exploitation: ['exploitation'],
  origin: ['origin'],
  assistance: ['assistance'],
  prosecution: ['prosecution'],
};
