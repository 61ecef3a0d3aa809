/**
 * `factsheet watch`: builds the edition, then again on every saved change of its data or
 * text files, the publication's templates (main, partials, chart specs) or its theme. Each good build
 * writes its PDFs and a PNG preview of every page (`<out>/previews/`) as one transaction
 * with `writeAll`; a build with problems prints them and writes nothing, so the last good
 * PDFs and previews stay. Runs until a signal (Ctrl+C) ends the process; one that comes
 * while a transaction writes waits for its end (withSignalsHeld.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildPublication, type BuiltPdf } from '../../pipeline.js';
import type { AnyPublication } from '../../PublicationModule.js';
import { PUBLICATIONS } from '../../publications/index.js';
import { defaultEdition, defaultOut, projectRoot, buildEnv, parseProduct, productHelp } from '../environment.js';
import { CommandError } from '../CommandError.js';
import { describeError } from '../describeError.js';
import { editionFolder } from '../editionFolder.js';
import { cliMessages as msg } from '../messages.js';
import { previewDir, previewFiles, previewName } from '../previewFiles.js';
import { probeOutputDir } from '../probeOutputDir.js';
import { run } from '../run.js';
import { watchFiles } from '../watchFiles.js';
import { writeAll } from '../writeAll.js';
import { pauseBeforeRenames } from '../pauseBeforeRenames.js';
import { withSignalsHeld } from '../withSignalsHeld.js';

type Themes = AnyPublication['themes'];

/** Quiet time after the last change before rebuilding, ms. */
const DEBOUNCE_MS = 250;
const WATCHED = /\.(csv|ya?ml|hbs|json|ts)$/;

export function watchCommand(program: Command): void {
  program
    .command('watch')
    .description('build, then rebuild on every change of data, texts, templates or theme; writes PDFs and page previews')
    .option('--product <name>', productHelp(), parseProduct, PUBLICATIONS[0])
    .option('--edition <dir>', 'edition folder', defaultEdition())
    .option('--out <dir>', 'folder for the PDFs (previews go to its previews/ folder)', defaultOut())
    .action((opts: { product: AnyPublication; edition: string; out: string }) =>
      run(true, async () => {
        const edition = resolve(editionFolder(opts.edition));
        const out = resolve(opts.out);
        await probeOutputDir(out);
        await probeOutputDir(previewDir(out));
        const { product } = opts;
        const src = join(projectRoot(), product.source);
        const themeFile = join(src, 'themes.ts');
        // The theme is compiled again when it was saved, and until a saved version compiles.
        let current = product.themes;
        let saves = 0;
        let themeSaved = false;
        const themesNow = async () => {
          if (themeSaved) {
            current = await freshThemes(themeFile, ++saves);
            themeSaved = false;
          }
          return current;
        };
        const rebuild = (changed: readonly string[]) => {
          themeSaved ||= changed.includes(themeFile);
          return buildOnce(edition, out, product, themesNow);
        };
        await rebuild([]);
        watchFiles(
          {
            folders: [
              { dir: edition, recursive: false },
              { dir: join(projectRoot(), product.templates.dir), recursive: true },
              { dir: src, recursive: false },
            ],
            debounceMs: DEBOUNCE_MS,
            // Data, texts, templates and chart specs by their endings (not editors' swap or
            // temporary files); of the publication's source, the themes alone.
            accept: (path) => !basename(path).startsWith('.') && WATCHED.test(path) && (!path.startsWith(src) || path === themeFile),
          },
          async (paths) => {
            console.log(msg.watchChanged(paths.map((p) => relative(process.cwd(), p) || p)));
            await rebuild(paths);
          },
        );
        console.log(msg.watching(relative(process.cwd(), edition) || edition, relative(process.cwd(), out) || out));
      }),
    );
}

/** One build; its problems are printed, never thrown, so watching goes on. */
async function buildOnce(edition: string, out: string, product: AnyPublication, themesNow: () => Promise<Themes>): Promise<void> {
  try {
    const env = buildEnv({ ...product, themes: await themesNow() });
    const built = await buildPublication(edition, {}, env);
    const previews = await previewFiles(out, built);
    await withSignalsHeld(() => {
      writeAll([...built.map((b) => ({ path: join(out, b.fileName), bytes: b.pdf })), ...previews], pauseBeforeRenames());
      removeStalePreviews(out, built);
    });
    for (const { fileName, pdf, pages, ms } of built) {
      const path = join(out, fileName);
      console.log(msg.written(relative(process.cwd(), path) || path, pages, Math.round(pdf.length / 1024), ms / 1000));
    }
    console.log(msg.previewsWritten(relative(process.cwd(), previewDir(out)) || previewDir(out), previews.length));
  } catch (e) {
    console.error(describeError(e, true));
    console.error(msg.keptLastGood());
  }
}

/**
 * The theme as saved now, compiled and imported afresh (a query makes it a new module).
 * The command runs compiled JavaScript, so tsx (a devDependency) compiles the theme.
 */
async function freshThemes(themeFile: string, version: number): Promise<Themes> {
  const { tsImport } = await import('tsx/esm/api');
  try {
    return ((await tsImport(`${themeFile}?build=${version}`, import.meta.url)) as { themes: Themes }).themes;
  } catch (e) {
    throw themeProblem(e, relative(process.cwd(), themeFile) || themeFile);
  }
}

/**
 * A theme that does not compile or run, told as a problem of the file the user saved: the
 * compiler's first error at its line and column (esbuild, through tsx, writes them as
 * `<file>:<line>:<column>: ERROR: <text>` in its message), else the error the theme threw.
 */
export function themeProblem(error: unknown, file: string): CommandError {
  const message = error instanceof Error ? error.message : String(error);
  const compiler = /^.*?:(\d+):(\d+): ERROR: (.+)$/m.exec(message);
  if (compiler) return new CommandError(msg.themeNotLoaded(`${file}:${compiler[1]}:${compiler[2]}`, compiler[3]!));
  return new CommandError(msg.themeNotLoaded(file, message));
}

/** Previews of pages a PDF no longer has (it got shorter). */
function removeStalePreviews(out: string, built: readonly BuiltPdf[]): void {
  for (const { fileName, pages } of built) {
    const stem = previewName(fileName, 0).replace(/0\.png$/, '');
    for (const file of readdirSync(previewDir(out))) {
      const page = file.startsWith(stem) ? Number(file.slice(stem.length).replace(/\.png$/, '')) : NaN;
      if (Number.isInteger(page) && page > pages) rmSync(join(previewDir(out), file), { force: true });
    }
  }
}
