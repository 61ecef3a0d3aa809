/**
 * The whole pipeline, one edition folder to one PDF per language:
 *
 * ```
 * data files ─read→ raw tables ─validate→ Edition (trusted, typed)
 *   ─charts→ Vega-Lite specs ─render→ chart SVGs (text measured with our fonts)
 *   ─template→ layout markup (Handlebars, strict) ─parse→ Block tree
 *   ─layout→ Page[] of placed items (pt, lines already broken) ─paint→ PDF bytes (pdfkit, tagged)
 * ```
 *
 * Pure apart from reading the edition and templates: fonts, theme and folders come in
 * through `BuildEnv`, and the bytes go back to the caller, who decides where they land.
 */
import { join } from 'node:path';
import { chartSpecs } from './charts/chartSpecs.js';
import { renderCharts } from './chartsvg/renderCharts.js';
import { periodOf } from './facts/facts.js';
import type { FontSet } from './fonts/FontSet.js';
import { formatterFor } from './format/Formatter.js';
import { hyphenatorFor } from './layout/hyphenatorFor.js';
import { layoutDocument } from './layout/layoutDocument.js';
import { parseMarkup } from './markup/parseMarkup.js';
import { paintDocument } from './paint/paintDocument.js';
import { readEdition } from './read/readEdition.js';
import { fillText } from './texts/fillText.js';
import { renderTemplate } from './template/renderTemplate.js';
import type { Theme } from './theme.js';
import type { Edition, Lang } from './validate/Edition.js';
import { checkGlyphs } from './validate/checkGlyphs.js';
import { validateEdition } from './validate/validateEdition.js';

export interface BuildEnv {
  fonts: FontSet;
  theme: Theme;
  /** Folder with `leaflet.hbs`, `partials/` and `charts/*.vl.json`. */
  templatesDir: string;
}

export interface BuiltPdf {
  lang: Lang;
  /** `<slug>-<period>-<lang>.pdf`, e.g. `thb-slovenia-2019-2024-sl.pdf`. */
  fileName: string;
  pdf: Buffer;
  pages: number;
  /** Time this language took from charts to paint, ms (reading and validating are shared). */
  ms: number;
}

/** Reads and validates once, then builds each language (all of the publication's by default). */
export async function buildPublication(editionDir: string, langs: readonly Lang[] | undefined, env: BuildEnv): Promise<BuiltPdf[]> {
  const edition = validateEdition(readEdition(editionDir));
  checkGlyphs(edition, env.fonts);
  const wanted = langs ?? edition.publication.languages;
  const unknown = wanted.filter((l) => !edition.publication.languages.includes(l));
  if (unknown.length > 0) {
    throw new Error(`build: language ${unknown.join(', ')} is not one of the publication's (${edition.publication.languages.join(', ')})`);
  }
  const built: BuiltPdf[] = [];
  for (const lang of wanted) {
    const started = performance.now();
    built.push({ ...(await buildLanguage(edition, lang, env)), ms: performance.now() - started });
  }
  return built;
}

async function buildLanguage(edition: Edition, lang: Lang, env: BuildEnv): Promise<Omit<BuiltPdf, 'ms'>> {
  const { fonts, theme, templatesDir } = env;
  const texts = edition.texts[lang];
  const specs = chartSpecs(edition, lang, { theme, templatesDir: join(templatesDir, 'charts') });
  const charts = await renderCharts(specs, fonts);
  const markup = renderTemplate(edition, lang, { templatesDir });
  const tree = parseMarkup(markup);
  const laidOut = layoutDocument(tree, {
    fonts,
    theme,
    charts,
    hyphenate: hyphenatorFor(lang),
    footer: {
      text: fillText(texts.footer as string, { date: formatterFor(lang).date(edition.publication.date) }),
      pageLabel: (page, pages) => fillText(texts.page_label as string, { page: String(page), pages: String(pages) }),
    },
  });
  const pdf = await paintDocument(laidOut, {
    fonts,
    charts,
    meta: {
      title: tree.title,
      lang: tree.lang,
      author: texts.publisher as string,
      subject: tree.title,
      keywords: [texts.title as string, texts.publisher as string],
      creationDate: new Date(`${edition.publication.date}T00:00:00Z`),
    },
  });
  const { from, to } = periodOf(edition.figures);
  const period = from === to ? `${from}` : `${from}-${to}`;
  return { lang, fileName: `${edition.publication.slug}-${period}-${lang}.pdf`, pdf, pages: laidOut.pages.length };
}
