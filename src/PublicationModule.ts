/**
 * A publication the engine can build from an edition folder: the leaflet, the pocket help
 * card, another office's fact sheet. It brings everything that is its own (its tables
 * and their checks, its keys in the text files, its template and its context, its charts,
 * its page sizes with their themes and page policies, its file names) and the engine
 * runs the same stages for every publication (see `pipeline.ts`). Nothing under the
 * engine's folders names a publication's tables, charts or text keys.
 *
 * The publications of an edition share its folder: one `publication.yaml` (contacts,
 * sources, date) and one `text.<lang>.yaml` per language, so a number changed once
 * changes in every publication.
 */
import type { z } from 'zod';
import type { ChartData } from './charts/ChartData.js';
import type { PagePolicy } from './layout/PagePolicy.js';
import type { SheetLayout } from './layout/SheetLayout.js';
import type { Edition, Lang } from './model/Edition.js';
import type { Problem } from './model/Problem.js';
import type { PageSize, Theme } from './model/Theme.js';
import type { Variant } from './paint/Output.js';
import type { CsvFile, YamlFile } from './read/RawEdition.js';

/** A CSV file of the edition folder, by its stem (`sales` for `sales.csv`). */
export interface TableFile {
  name: string;
  /** No file means no rows. */
  optional?: boolean;
}

/** The office sheet of a publication: its paper and grid, and the words on its margin. */
export interface PublicationSheet extends SheetLayout {
  /** How to print and cut the sheet, in `lang`: printed in its top margin. */
  note(edition: Edition, lang: Lang): string;
}

export interface PublicationModule<F = unknown> {
  /** Its name on the command line: `factsheet build --product card`. */
  id: string;
  /** What it is, for `--help`. */
  description: string;
  /** Its CSV files; `figures` gets those the folder has. */
  tables: readonly TableFile[];
  /** The tables typed and cross-checked; `undefined` when it pushed problems. */
  figures(tables: Readonly<Record<string, CsvFile>>, problems: Problem[]): F | undefined;
  /** Checks of its figures' files against the texts (a category named in no language). */
  checkTexts?(tables: Readonly<Record<string, CsvFile>>, texts: Record<Lang, Record<string, unknown>>, files: Record<string, YamlFile>, problems: Problem[]): void;
  /** The ISO 3166-1 codes whose names it prints, each with the data file it comes from (for glyph checks). */
  countries?(figures: F): ReadonlyMap<string, string>;
  /** Its keys in `text.<lang>.yaml`, beside the engine's (`ENGINE_TEXTS`). */
  textShape: z.ZodRawShape;
  /** The charts its template may draw, by id. */
  charts?: {
    ids: readonly string[];
    data(id: string, figures: F): ChartData;
  };
  /** The values its texts' placeholders may name in the template (`{period}`), formatted for `lang`. */
  values(edition: Edition<F>, lang: Lang): Record<string, string>;
  /** What its template sees besides the texts (`t`) and `values`: figures derived and formatted. */
  context(edition: Edition<F>, lang: Lang): object;
  /** Its templates: a folder of the project (`templates/<id>`) with `main`, `partials/` and `charts/<id>.vl.json`. */
  templates: { dir: string; main: string };
  /** Its source folder in the project, whose `themes.ts` `watch` reloads when saved. */
  source: string;
  /** Its page sizes, each with its look and what it asks of its pages; the first is the default. */
  themes: Readonly<Record<PageSize, Theme>>;
  policies: Readonly<Record<PageSize, PagePolicy>>;
  /** Variants it can be written in; the first is the default. */
  variants: readonly Variant[];
  /** The office sheet (`--variant sheet`), for a publication small enough to print several to a page. */
  sheet?: PublicationSheet;
  /** File name of one language, size and variant, e.g. `thb-slovenia-2019-2024-sl-a5-print.pdf`. */
  fileName(edition: Edition<F>, lang: Lang, size: PageSize, variant: Variant): string;
  /** The PDF's keywords besides its title. */
  keywords(edition: Edition<F>, lang: Lang): string[];
}

/**
 * A publication whatever its figures' type: what the engine and the command line hold.
 * Each publication's own code sees its figures typed; the engine only passes them back.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPublication = PublicationModule<any>;
