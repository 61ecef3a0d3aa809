/** Wording of everything the command line prints; tests call these too. */
const list = (paths: readonly string[]) => paths.join(', ');

export const cliMessages = {
  inputProblems: (n: number, writes: boolean) =>
    `factsheet: the edition has ${n} problem${n === 1 ? '' : 's'}${writes ? '; no PDF was written.' : '.'}`,
  markupProblems: () => 'factsheet: the template produced markup the parser rejects; no PDF was written.',
  stageFailure: (message: string) => `factsheet: ${message}\nNo PDF was written.`,
  internal: (detail: string) => `factsheet: internal error; no PDF was written.\n${detail}`,
  outIsFile: (path: string) => `--out ${path} is a file, not a folder; give a folder for the PDFs`,
  editionIsFile: (option: string, path: string) => `${option} ${path} is a file, not an edition folder`,
  editionMissing: (option: string, path: string) => `${option} ${path}: edition folder not found`,
  cannotWrite: (path: string, reason: string) => `cannot write to ${path} (${reason}); no PDF was written`,
  noAnswer: (path: string, seconds: number) =>
    `${path} did not answer within ${seconds} s (an offline network drive?); no PDF was written`,
  /** A failed write transaction: every file of the build is in exactly one of these lists. */
  writeFailed: (r: { failed: string; reason: string; restored: string[]; removed: string[]; notWritten: string[]; stuck: string[] }) =>
    [
      `could not write ${r.failed} (${r.reason}).`,
      r.stuck.length > 0 ? `These files hold the NEW version and could not be undone: ${list(r.stuck)}.` : 'No file was changed:',
      r.restored.length > 0 ? `restored to the previous version: ${list(r.restored)};` : '',
      r.removed.length > 0 ? `removed again (they did not exist before): ${list(r.removed)};` : '',
      r.notWritten.length > 0 ? `not written: ${list(r.notWritten)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  times: (stages: readonly (readonly [string, number])[], peakMb: number, startedFrom: string) =>
    `times: ${stages.map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`).join(', ')}; peak RSS ${peakMb.toFixed(0)} MB; started from ${startedFrom}`,
  written: (path: string, pages: number, kb: number, seconds: number) => `${path}  ${pages} pages  ${kb} KB  ${seconds.toFixed(2)} s`,
  /** One entry per PDF the build would write (several per language once there are variants). */
  checked: (edition: string, pdfs: { fileName: string; pages: number }[]) =>
    `ok: ${edition}: ${pdfs.map((p) => `${p.fileName} ${p.pages} pages`).join(', ')}; every check passed, nothing written`,
  newEdition: (out: string, kept: number[], added: number[]) =>
    `made ${out}: kept ${kept.length > 0 ? kept.join(', ') : 'no year'}; added empty rows for ${added.length > 0 ? added.join(', ') : 'no year'}. Fill them in, then run: factsheet check --edition ${out}`,
  outNotEmpty: (path: string) => `${path} exists and is not empty; give a new folder with --out`,
  badYears: (value: string, max: number) => `"${value}" is not a range of 1 to ${max} years such as 2020-2025`,
  schemaWritten: (path: string) => `wrote ${path}`,
  watching: (edition: string, out: string) =>
    `watching ${edition}, the templates and the theme; PDFs go to ${out}, page previews to ${out}/previews. Ctrl+C stops.`,
  watchChanged: (paths: readonly string[]) => `changed: ${paths.join(', ')}; rebuilding`,
  themeNotLoaded: (where: string, problem: string) => `${where}: ${problem} (the theme as saved does not compile or run)`,
  previewsWritten: (dir: string, n: number) => `${dir}  ${n} page preview${n === 1 ? '' : 's'}`,
  stopped: (signal: string) => `factsheet: stopped by ${signal}.`,
  keptLastGood: () => 'The last good PDFs and previews are kept; fix the problem and save again.',
};
