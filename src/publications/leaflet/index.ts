/**
 * The annual leaflet "Trafficking in Human Beings in Slovenia": five figure tables, their
 * charts and the help page, A4 (four pages) or A5 (a booklet), screen, print and archive.
 */
import { UNPUBLISHED } from '../../charts/ChartData.js';
import { formatterFor } from '../../format/Formatter.js';
import type { PublicationModule } from '../../PublicationModule.js';
import type { Variant } from '../../paint/Output.js';
import { buildContext } from './buildContext.js';
import { CHART_IDS, chartData, type ChartId } from './chartData.js';
import { checkPurposes } from './checkPurposes.js';
import { periodOf } from './facts.js';
import type { Figures, LeafletEdition } from './Figures.js';
import { TABLE_FILES, validateFigures } from './validateFigures.js';
import { pagePolicies } from './pagePolicies.js';
import { leafletTexts } from './texts.js';
import { themes } from './themes.js';

const period = (edition: LeafletEdition, lang: string) => {
  const { from, to } = periodOf(edition.figures);
  return formatterFor(lang).range(from, to);
};

export const leaflet: PublicationModule<Figures> = {
  id: 'leaflet',
  description: 'the annual leaflet: figures, charts and where to get help',
  tables: TABLE_FILES,
  figures: validateFigures,
  checkTexts: checkPurposes,
  countries(figures) {
    const countries = new Map<string, string>();
    for (const r of figures.origin) if (r.key !== UNPUBLISHED) countries.set(r.key, 'origin.csv');
    for (const r of figures.originNamed) if (!countries.has(r.country)) countries.set(r.country, 'origin-named.csv');
    return countries;
  },
  textShape: leafletTexts,
  charts: {
    ids: CHART_IDS,
    data: (id, figures) => chartData(id as ChartId, figures),
  },
  values: (edition, lang) => ({ period: period(edition, lang) }),
  context: buildContext,
  templates: { dir: 'templates/leaflet', main: 'leaflet.hbs' },
  source: 'src/publications/leaflet',
  themes,
  policies: pagePolicies,
  variants: ['screen', 'print', 'archive'],
  /** `<slug>-<period>-<lang>[-a5][-print|-archive].pdf`, e.g. `thb-slovenia-2019-2024-sl-a5-print.pdf`. */
  fileName(edition, lang, size, variant: Variant) {
    const { from, to } = periodOf(edition.figures);
    const years = from === to ? `${from}` : `${from}-${to}`;
    const suffix = `${size === 'a4' ? '' : `-${size}`}${variant === 'screen' ? '' : `-${variant}`}`;
    return `${edition.publication.slug}-${years}-${lang}${suffix}.pdf`;
  },
  keywords: (edition, lang) => [edition.texts[lang]!.title as string],
};
