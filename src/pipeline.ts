/**
 * The whole pipeline, one edition folder to PDFs per language, page size and variant:
 *
 * ```
 * data files ─read→ raw tables ─validate→ Edition (trusted, typed)
 *   ─template→ layout markup (Handlebars, strict) ─parse→ Block tree
 *   per page size (theme, page policy):
 *     ─slots→ chart boxes (width, height range) ─layout→ Page[] of placed items, charts as boxes
 *       (pt, lines broken, pages composed against the policy, structure attached)
 *     ─charts→ Vega-Lite specs at the sizes chosen ─render→ vector charts (text measured with our fonts)
 *     per variant: ─export→ PDF bytes (pdfkit, tagged; screen: sRGB; print: CMYK, bleed, marks;
 *                   archive: sRGB, PDF/A-3a + PDF/UA-1, the edition's CSV files attached)
 * ```
 *
 * Pure apart from reading the edition and templates: fonts, themes and folders come in
 * through `BuildEnv`, and the bytes go back to the caller, who decides where they land.
 */
import { basename, join } from 'node:path';
import { chartSpecs } from './charts/chartSpecs.js';
import { renderCharts } from './chartsvg/renderCharts.js';
import { periodOf } from './facts/facts.js';
import type { FontSet } from './fonts/FontSet.js';
import { formatterFor } from './format/Formatter.js';
import { chartSlots } from './layout/chartSlots.js';
import { chartBoxes, chartSizes, withChartShapes } from './layout/chartSizes.js';
import type { ChartSize } from './layout/ChartBox.js';
import type { PagePolicy } from './layout/PagePolicy.js';
import { hyphenatorFor } from './layout/hyphenatorFor.js';
import { layoutDocument } from './layout/layoutDocument.js';
import type { ComposedDocument } from './layout/Page.js';
import type { CompositionReport } from './layout/CompositionReport.js';
import type { BlockTree } from './markup/Block.js';
import { parseMarkup } from './markup/parseMarkup.js';
import type { Attachment } from './paint/attachFiles.js';
import { archiveOutput, printOutput, screenOutput, type Output, type Variant } from './paint/Output.js';
import { paintDocument, type PaintEnv } from './paint/paintDocument.js';
import { TABLES, type RawEdition } from './read/RawEdition.js';
import { InputError, type Problem } from './read/Problem.js';
import { readEdition } from './read/readEdition.js';
import { fillText } from './texts/fillText.js';
import { renderTemplate } from './template/renderTemplate.js';
import type { PageSize, Theme } from './theme.js';
import type { Edition, Lang } from './validate/Edition.js';
import { checkGlyphs } from './validate/checkGlyphs.js';
import { finalProblems } from './validate/finalProblems.js';
import { validateEdition } from './validate/validateEdition.js';
import { LayoutError } from './layout/LayoutError.js';
import { policyUnmet } from './layout/messages.js';
import { textKeyOfLine } from './locate/textKeyOfLine.js';

export interface BuildEnv {
  fonts: FontSet;
  /** The look for each page size. */
  themes: Record<PageSize, Theme>;
  /** What the publication asks of its pages at each size (page count, fill). */
  policies: Record<PageSize, PagePolicy>;
  /** Folder with `leaflet.hbs`, `partials/` and `charts/*.vl.json`. */
  templatesDir: string;
  /** Adds up the time of each stage, ms, when given (the benchmark's, `FACTSHEET_TIMES`). */
  times?: StageTimes;
}

export const STAGES = ['read', 'validate', 'template', 'charts', 'layout', 'paint'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Record<Stage, number>;

export const noTimes = (): StageTimes => Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;

/** Runs one stage's work (sync or async), adding its time to `times` when it ends. */
function timed<T>(times: StageTimes | undefined, stage: Stage, work: () => T): T {
  if (!times) return work();
  const started = performance.now();
  const add = () => void (times[stage] += performance.now() - started);
  const result = work();
  if (result instanceof Promise) return result.finally(add) as T;
  add();
  return result;
}

export interface BuildOptions {
  /** Refuse rows whose status is `inferred` or `unpublished` (`build --final`). */
  final?: boolean;
  /** Languages to build; all of the publication's by default. */
  langs?: readonly Lang[];
  /** Default `['a4']`. */
  sizes?: readonly PageSize[];
  /** Default `['screen']`. */
  variants?: readonly Variant[];
  /** Bleed of the print variant, mm (default 3). */
  bleedMm?: number;
  /** The print shop's CMYK output profile: print files become PDF/X-4. */
  outputIntent?: Output['outputIntent'];
  /**
   * Embed the edition's CSV files: by default in the archive variant only; `true` adds them
   * to the screen variant too, `false` to none. Never in print files (they go to a print shop).
   */
  attachData?: boolean;
}

export interface BuiltPdf {
  lang: Lang;
  size: PageSize;
  variant: Variant;
  /** `<slug>-<period>-<lang>[-a5][-print|-archive].pdf`, e.g. `thb-slovenia-2019-2024-sl-a5-print.pdf`. */
  fileName: string;
  pdf: Buffer;
  pages: number;
  /** How its pages were composed: fill and cost per page, and the page policy's rules it could not meet. */
  composition: CompositionReport;
  /** Time this file took: its share of charts and layout, and its export, ms. */
  ms: number;
}

/** Reads and validates once, then builds each language, size and variant asked for. */
export async function buildPublication(editionDir: string, options: BuildOptions, env: BuildEnv): Promise<BuiltPdf[]> {
  const { times } = env;
  const raw = timed(times, 'read', () => readEdition(editionDir));
  const edition = timed(times, 'validate', () => {
    // A final build also refuses provisional rows, reported with any other problem of the edition.
    const valid = validateEditionWith(raw, options.final ? finalProblems(raw) : []);
    checkGlyphs(valid, env.fonts);
    return valid;
  });
  const langs = options.langs ?? edition.publication.languages;
  const unknown = langs.filter((l) => !edition.publication.languages.includes(l));
  if (unknown.length > 0) {
    throw new Error(`build: language ${unknown.join(', ')} is not one of the publication's (${edition.publication.languages.join(', ')})`);
  }
  const outputs = (options.variants ?? ['screen']).map((v) => outputOf(v, options));
  const built: BuiltPdf[] = [];
  for (const lang of langs) {
    const markup = timed(times, 'template', () => renderTemplate(edition, lang, { templatesDir: env.templatesDir }));
    const tree = timed(times, 'template', () => parseMarkup(markup));
    for (const size of options.sizes ?? ['a4']) {
      const started = performance.now();
      const laidOut = await layOut(edition, lang, tree, env.themes[size], env).catch((e: unknown) => {
        throw locateLayoutError(e, markup, edition.texts[lang], join(editionDir, `text.${lang}.yaml`), size);
      });
      const shared = (performance.now() - started) / outputs.length;
      for (const output of outputs) {
        const t = performance.now();
        const attachments = output.attachData ? attachmentsOf(raw, edition, lang) : [];
        const pdf = await timed(times, 'paint', () => paintDocument(laidOut, { fonts: env.fonts.pdfFonts(), output, meta: metaOf(edition, lang, tree), attachments }));
        built.push({ lang, size, variant: output.variant, fileName: fileName(edition, lang, size, output.variant), pdf, pages: laidOut.pages.length, composition: laidOut.report, ms: shared + performance.now() - t });
      }
    }
  }
  return built;
}

/**
 * One language at one page size: layout composes the pages with each chart as a box whose
 * height it may choose within its slot's range; the charts are then drawn at the sizes
 * chosen and their shapes put in place.
 */
export async function layOut(edition: Edition, lang: Lang, tree: BlockTree, theme: Theme, env: BuildEnv): Promise<ComposedDocument> {
  const { fonts, templatesDir } = env;
  const texts = edition.texts[lang];
  const slots = chartSlots(tree, theme);
  const specsAt = (sizes: ReadonlyMap<string, ChartSize>) =>
    chartSpecs(edition, lang, { theme, templatesDir: join(templatesDir, 'charts'), slots: sizes, textWidth: (text, size, bold) => fonts.width(text, bold ? 'bold' : 'regular', size) });
  const boxes = timed(env.times, 'charts', () => chartBoxes(slots, specsAt));
  const laidOut = timed(env.times, 'layout', () => layoutDocument(tree, {
    fonts,
    theme,
    policy: env.policies[theme.page.size],
    charts: boxes,
    hyphenate: hyphenatorFor(lang),
    footer: {
      text: fillText(texts.footer as string, { date: formatterFor(lang).date(edition.publication.date) }),
      pageLabel: (page, pages) => fillText(texts.page_label as string, { page: String(page), pages: String(pages) }),
    },
  }));
  const charts = await timed(env.times, 'charts', async () => renderCharts(specsAt(chartSizes(laidOut)), fonts));
  return withChartShapes(laidOut, charts);
}

function outputOf(variant: Variant, options: BuildOptions): Output {
  switch (variant) {
    case 'screen':
      return { ...screenOutput, attachData: options.attachData ?? false };
    case 'print':
      return printOutput(options.bleedMm ?? 3, options.outputIntent);
    case 'archive':
      return { ...archiveOutput, attachData: options.attachData ?? true };
    default: {
      const unknown: never = variant;
      throw new Error(`build: unknown variant ${String(unknown)}`);
    }
  }
}

/** The edition's CSV files as the reader read them, each described in the edition's language. */
function attachmentsOf(raw: RawEdition, edition: Edition, lang: Lang): Attachment[] {
  const modDate = new Date(`${edition.publication.date}T00:00:00Z`);
  return TABLES.flatMap((table) => {
    const file = raw.tables[table];
    if (!file) return [];
    const name = basename(file.path);
    const description = fillText(edition.texts[lang].attachment as string, { file: name });
    return [{ name, table, bytes: file.bytes, mime: 'text/csv' as const, description, modDate, relationship: 'Data' as const }];
  });
}

function metaOf(edition: Edition, lang: Lang, tree: BlockTree): PaintEnv['meta'] {
  const texts = edition.texts[lang];
  return {
    title: tree.title,
    lang: tree.lang,
    author: texts.publisher as string,
    subject: tree.title,
    keywords: [texts.title as string, texts.publisher as string],
    creationDate: new Date(`${edition.publication.date}T00:00:00Z`),
  };
}

function fileName(edition: Edition, lang: Lang, size: PageSize, variant: Variant): string {
  const { from, to } = periodOf(edition.figures);
  const period = from === to ? `${from}` : `${from}-${to}`;
  const suffix = `${size === 'a4' ? '' : `-${size}`}${variant === 'screen' ? '' : `-${variant}`}`;
  return `${edition.publication.slug}-${period}-${lang}${suffix}.pdf`;
}

/** Validates, reporting `extra` problems (found beside validation) together with its own. */
function validateEditionWith(raw: RawEdition, extra: readonly Problem[]): Edition {
  let edition: Edition;
  try {
    edition = validateEdition(raw);
  } catch (e) {
    if (e instanceof InputError && extra.length > 0) throw new InputError([...e.problems, ...extra]);
    throw e;
  }
  if (extra.length > 0) throw new InputError([...extra]);
  return edition;
}

/**
 * A layout problem at a markup line, told as a problem of the text whose words are there
 * (`text.en.yaml: title: banner is 12.3 pt taller than the banner band … (A5)`); one that
 * no text explains (a template's own block) keeps its message.
 */
function locateLayoutError(e: unknown, markup: string, texts: Edition['texts'][Lang], file: string, size: PageSize): unknown {
  if (!(e instanceof LayoutError)) return e;
  const line = Number(/at markup line (\d+)/.exec(e.message)?.[1]);
  // A block's words start on its line or just below its opening tag (a banner's title).
  const lines = markup.split('\n').slice(line - 1, line + 2);
  const key = Number.isInteger(line) ? lines.map((l) => textKeyOfLine(l, texts)).find((k) => k !== undefined) : undefined;
  if (key === undefined) return e;
  const message = e.message.replace(/^layout: /, '').replace(/ at markup line \d+/, '');
  return new InputError([{ file, field: key, message: `${message} on the ${size.toUpperCase()} pages; shorten the text` }]);
}

/** One warning per file whose pages could not meet the page policy, saying which rules and by how much. */
export function policyWarnings(built: readonly BuiltPdf[]): string[] {
  return built.filter((b) => b.composition.unmet.length > 0).map((b) => policyUnmet(b.fileName, b.composition.unmet));
}
