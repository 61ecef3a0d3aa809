/**
 * The whole pipeline, one edition folder and one publication (`PublicationModule`: the
 * leaflet, the help card) to PDFs per language, page size and variant:
 *
 * ```
 * data files ─read→ raw tables ─validate→ Edition (trusted, typed; figures by the publication)
 *   ─template→ layout markup (Handlebars, strict) ─parse→ Block tree
 *   per page size (theme, page policy):
 *     ─slots→ chart boxes (width, height range) ─layout→ Page[] of placed items, charts as boxes
 *       (pt, lines broken, pages composed against the policy, structure attached)
 *     ─charts→ Vega-Lite specs at the sizes chosen ─render→ vector charts (text measured with our fonts)
 *     per variant: (sheet: ─impose→ copies of each page on office sheets, cut marks, backs mirrored)
 *                  ─export→ PDF bytes (pdfkit, tagged; screen: sRGB; print: CMYK, bleed, marks;
 *                   archive: sRGB, PDF/A-3a + PDF/UA-1, the edition's CSV files attached; sheet: sRGB)
 * ```
 *
 * Pure apart from reading the edition and templates: fonts, publications and folders come
 * in through `BuildEnv`, and the bytes go back to the caller, who decides where they land.
 */
import { basename, join } from 'node:path';
import { chartSpecs } from './charts/chartSpecs.js';
import { renderCharts } from './chartsvg/renderCharts.js';
import type { FontSet } from './fonts/FontSet.js';
import { formatterFor } from './format/Formatter.js';
import { chartSlots } from './layout/chartSlots.js';
import { chartBoxes, chartSizes, withChartShapes } from './layout/chartSizes.js';
import type { ChartSize } from './layout/ChartBox.js';
import { hyphenatorFor } from './layout/hyphenatorFor.js';
import { layoutDocument } from './layout/layoutDocument.js';
import { imposeSheets } from './layout/imposeSheets.js';
import type { ComposedDocument } from './layout/Page.js';
import type { CompositionReport } from './layout/CompositionReport.js';
import type { Block, BlockTree } from './markup/Block.js';
import { parseMarkup } from './markup/parseMarkup.js';
import type { Attachment } from './paint/attachFiles.js';
import { archiveOutput, printOutput, screenOutput, sheetOutput, type Output, type Variant } from './paint/Output.js';
import { paintDocument, type PaintEnv } from './paint/paintDocument.js';
import type { RawEdition } from './read/RawEdition.js';
import { InputError, type Problem } from './model/Problem.js';
import { readEdition } from './read/readEdition.js';
import { fillText } from './texts/fillText.js';
import { renderTemplate } from './template/renderTemplate.js';
import { templateMessages } from './template/messages.js';
import type { ChartData } from './charts/ChartData.js';
import type { PageSize, Theme } from './model/Theme.js';
import type { Edition, Lang } from './model/Edition.js';
import type { AnyPublication } from './PublicationModule.js';
import { checkGlyphs } from './validate/checkGlyphs.js';
import { finalProblems } from './validate/finalProblems.js';
import { validateEdition } from './validate/validateEdition.js';
import { LayoutError } from './layout/LayoutError.js';
import { policyUnmet } from './layout/messages.js';
import { UsageError, usageMessages } from './model/UsageError.js';

export interface BuildEnv {
  fonts: FontSet;
  /** The publication to build. */
  publication: AnyPublication;
  /** Every publication that shares the edition's text files, this one included (their keys are let be). */
  publications: readonly AnyPublication[];
  /** The project folder, which the publication's template folder is relative to. */
  root: string;
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
  /** Default: the publication's first. */
  sizes?: readonly PageSize[];
  /** Default: the publication's first. */
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
  /** As the publication names it, e.g. `thb-slovenia-2019-2024-sl-a5-print.pdf`. */
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
  const { times, publication: product } = env;
  const raw = timed(times, 'read', () => readEdition(editionDir, product.tables));
  const edition = timed(times, 'validate', () => {
    // A final build also refuses provisional rows, reported with any other problem of the edition.
    const valid = validateEditionWith(raw, options.final ? finalProblems(raw) : [], env);
    checkGlyphs(valid, env.fonts, product.countries?.(valid.figures));
    return valid;
  });
  const { langs, sizes, variants } = asked(options, edition, env);
  const outputs = variants.map((v) => outputOf(v, options));
  const templates = { dir: join(env.root, product.templates.dir), main: product.templates.main };
  const built: BuiltPdf[] = [];
  for (const lang of langs) {
    const markup = timed(times, 'template', () =>
      renderTemplate(edition, lang, { ...templates, values: product.values(edition, lang), context: product.context(edition, lang) }),
    );
    const tree = timed(times, 'template', () => parseMarkup(markup));
    for (const size of sizes) {
      const started = performance.now();
      const laidOut = await layOut(edition, lang, tree, product.themes[size]!, env).catch((e: unknown) => {
        throw e instanceof LayoutError ? layoutProblem(e, tree, join(editionDir, `text.${lang}.yaml`), size) : e;
      });
      const shared = (performance.now() - started) / outputs.length;
      for (const output of outputs) {
        const t = performance.now();
        const attachments = output.attachData ? attachmentsOf(raw, edition, lang) : [];
        const meta = metaOf(edition, lang, tree, product.keywords(edition, lang));
        const pages = output.variant === 'sheet' ? timed(times, 'layout', () => onSheets(laidOut, edition, lang, product.themes[size]!, env)) : laidOut;
        const pdf = await timed(times, 'paint', () => paintDocument(pages, { fonts: env.fonts.pdfFonts(), output, meta, attachments }));
        built.push({ lang, size, variant: output.variant, fileName: product.fileName(edition, lang, size, output.variant), pdf, pages: pages.pages.length, composition: laidOut.report, ms: shared + performance.now() - t });
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
  const { fonts, publication: product } = env;
  const texts = edition.texts[lang]!;
  const slots = chartSlots(tree, theme);
  const data = chartsOf(product, [...slots.keys()]);
  const specsAt = (sizes: ReadonlyMap<string, ChartSize>) =>
    chartSpecs(edition, lang, {
      theme,
      templatesDir: join(env.root, product.templates.dir, 'charts'),
      slots: sizes,
      data,
      textWidth: (text, size, bold) => fonts.width(text, bold ? 'bold' : 'regular', size),
    });
  const boxes = timed(env.times, 'charts', () => chartBoxes(slots, specsAt));
  const laidOut = timed(env.times, 'layout', () => layoutDocument(tree, {
    fonts,
    theme,
    policy: product.policies[theme.page.size]!,
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

/** The office sheet: copies of each page imposed on the publication's sheet, its note in the theme's footer style. */
function onSheets(laidOut: ComposedDocument, edition: Edition, lang: Lang, theme: Theme, env: BuildEnv): ComposedDocument {
  const sheet = env.publication.sheet!;
  return imposeSheets(laidOut, sheet, { fonts: env.fonts, note: sheet.note(edition, lang), noteStyle: theme.type.footer, marks: theme.colors.registration });
}

/**
 * The languages, sizes and variants to build: those asked for, else the edition's
 * languages and the publication's first size and variant. One the edition or the
 * publication does not have is a `UsageError`.
 */
function asked(options: BuildOptions, edition: Edition, env: BuildEnv): { langs: readonly Lang[]; sizes: readonly PageSize[]; variants: readonly Variant[] } {
  const product = env.publication;
  const { languages } = edition.publication;
  const langs = options.langs ?? languages;
  const unknown = langs.filter((l) => !languages.includes(l));
  if (unknown.length > 0) throw new UsageError(usageMessages.notInEdition(unknown, languages));
  const sizes = options.sizes ?? Object.keys(product.themes).slice(0, 1);
  const variants = options.variants ?? product.variants.slice(0, 1);
  const refused = [...sizes.filter((s) => !(s in product.themes)), ...variants.filter((v) => !product.variants.includes(v))];
  if (refused.length > 0) throw new UsageError(usageMessages.notInPublication(product, refused, env.publications));
  if (product.variants.includes('sheet') && !product.sheet) throw new Error(`build: ${product.id} lists the sheet variant but gives no sheet layout`);
  return { langs, sizes, variants };
}

function outputOf(variant: Variant, options: BuildOptions): Output {
  switch (variant) {
    case 'screen':
      return { ...screenOutput, attachData: options.attachData ?? false };
    case 'print':
      return printOutput(options.bleedMm ?? 3, options.outputIntent);
    case 'archive':
      return { ...archiveOutput, attachData: options.attachData ?? true };
    case 'sheet':
      return sheetOutput;
    default: {
      const unknown: never = variant;
      throw new Error(`build: unknown variant ${String(unknown)}`);
    }
  }
}

/**
 * The figures of each chart the markup places, from the publication; a chart it does not
 * have is a problem of the template (the markup names it, the editor wrote it there).
 */
function chartsOf(product: AnyPublication, ids: readonly string[]): (id: string, figures: never) => ChartData {
  const known = product.charts?.ids ?? [];
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const file = join(product.templates.dir, product.templates.main);
    throw new InputError(unknown.map((id) => ({ file, field: `chart ${id}`, message: templateMessages.unknownChart(id, product.id, known) })));
  }
  // A publication without charts (the card) is never asked for their figures: no markup places one.
  return product.charts?.data ?? ((id) => { throw new Error(`build: ${product.id} has no chart ${id}`); });
}

/** The edition's CSV files as the reader read them, each described in the edition's language. */
function attachmentsOf(raw: RawEdition, edition: Edition, lang: Lang): Attachment[] {
  const modDate = new Date(`${edition.publication.date}T00:00:00Z`);
  return Object.entries(raw.tables).flatMap(([table, file]) => {
    const name = basename(file.path);
    const description = fillText(edition.texts[lang].attachment as string, { file: name });
    return [{ name, table, bytes: file.bytes, mime: 'text/csv' as const, description, modDate, relationship: 'Data' as const }];
  });
}

function metaOf(edition: Edition, lang: Lang, tree: BlockTree, keywords: readonly string[]): PaintEnv['meta'] {
  const texts = edition.texts[lang]!;
  return {
    title: tree.title,
    lang: tree.lang,
    author: texts.publisher as string,
    subject: tree.title,
    keywords: [...keywords, texts.publisher as string],
    creationDate: new Date(`${edition.publication.date}T00:00:00Z`),
  };
}

/** Validates, reporting `extra` problems (found beside validation) together with its own. */
function validateEditionWith(raw: RawEdition, extra: readonly Problem[], env: BuildEnv): Edition {
  let edition: Edition;
  try {
    edition = validateEdition(raw, env.publication, env.publications);
  } catch (e) {
    if (e instanceof InputError && extra.length > 0) throw new InputError([...e.problems, ...extra]);
    throw e;
  }
  if (extra.length > 0) throw new InputError([...extra]);
  return edition;
}

/**
 * A layout problem of a block, told as a problem of the texts its words came from
 * (`text.en.yaml: help.title, help.subtitle: banner is 12.3 pt taller than the banner band
 * … on the A5 pages`); one whose block prints no text (a chart) or that no block causes
 * (the footer) stays a `LayoutError`, which says the page size.
 */
function layoutProblem(e: LayoutError, tree: BlockTree, file: string, size: PageSize): Error {
  const { block, reason } = e.problem;
  const keys = block && blockAt(tree.blocks, block.line)?.keys;
  const onPages = `on the ${size.toUpperCase()} pages`;
  if (!block || !keys) return new LayoutError({ ...e.problem, reason: `${reason} ${onPages}` });
  return new InputError([{ file, field: keys.join(', '), message: `${block.kind} ${reason} ${onPages}; shorten the text` }]);
}

/** The innermost block that starts on markup line `line`. */
function blockAt(blocks: readonly Block[], line: number): Block | undefined {
  for (const b of blocks) {
    const inner = 'children' in b ? blockAt(b.children, line) : undefined;
    if (inner) return inner;
    if (b.line === line) return b;
  }
  return undefined;
}

/** One warning per file whose pages could not meet the page policy, saying which rules and by how much. */
export function policyWarnings(built: readonly BuiltPdf[]): string[] {
  return built.filter((b) => b.composition.unmet.length > 0).map((b) => policyUnmet(b.fileName, b.composition.unmet));
}
