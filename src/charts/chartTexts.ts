/**
 * The `charts:` section of one language's texts: labels, axis titles and alt-text phrases.
 * Paths are relative to `charts.`. A missing text is bad input, reported with its file and
 * key path.
 */
import { InputError, type Problem } from '../model/Problem.js';
import { fillText } from '../texts/fillText.js';
import { textAt } from '../texts/textAt.js';
import type { Lang, Texts } from '../model/Edition.js';
import { chartMessages as msg } from './messages.js';

export interface ChartTexts {
  lang: Lang;
  has(path: string): boolean;
  /** The text at `path`, e.g. `sales.axis` for `charts.sales.axis`. */
  get(path: string): string;
  /** The text at `path` with every `{name}` replaced by `values[name]`. */
  fill(path: string, values: Record<string, string>): string;
  /** Where the text at `path` should be, for a problem report. */
  problem(path: string, message: string): Problem;
}

export function chartTexts(texts: Texts, lang: Lang): ChartTexts {
  const at = (path: string) => textAt(texts, `charts.${path}`);
  const problem = (path: string, message: string): Problem => ({ file: `text.${lang}.yaml`, field: `charts.${path}`, message });
  const get = (path: string) => {
    const value = at(path);
    if (typeof value !== 'string') throw new InputError([problem(path, msg.missingText())]);
    return value;
  };
  return {
    lang,
    has: (path) => typeof at(path) === 'string',
    get,
    fill: (path, values) =>
      fillText(get(path), values, (name) => {
        throw new InputError([problem(path, msg.unfilledPlaceholder(name))]);
      }),
    problem,
  };
}
