/**
 * The `charts:` section of one language's texts: labels, axis titles and alt-text phrases.
 * Paths are relative to `charts.`. A missing text is bad input, reported with its file and
 * key path.
 */
import { InputError, type Problem } from '../read/Problem.js';
import type { Lang, TextValue, Texts } from '../validate/Edition.js';
import { chartMessages as msg } from './messages.js';

export interface ChartTexts {
  lang: Lang;
  has(path: string): boolean;
  /** The text at `path`, e.g. `victims.axis` for `charts.victims.axis`. */
  get(path: string): string;
  /** The text at `path` with every `{name}` replaced by `values[name]`. */
  fill(path: string, values: Record<string, string>): string;
  /** Where the text at `path` should be, for a problem report. */
  problem(path: string, message: string): Problem;
}

export function chartTexts(texts: Texts, lang: Lang): ChartTexts {
  const at = (path: string): TextValue | undefined =>
    `charts.${path}`.split('.').reduce<TextValue | undefined>(
      (node, key) => (node !== undefined && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined),
      texts,
    );
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
      get(path).replace(/\{([a-z_]+)\}/gi, (_, name: string) => {
        const value = values[name];
        if (value === undefined) throw new InputError([problem(path, msg.unfilledPlaceholder(name))]);
        return value;
      }),
    problem,
  };
}
