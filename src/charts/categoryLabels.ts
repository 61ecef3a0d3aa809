/**
 * The printed name of each category of a chart, and of each category in its `other`
 * group, in the texts' language. A key without a
 * label is bad input: every such key of a chart is reported together, each with the text
 * path to add.
 */
import type { Formatter } from '../format/Formatter.js';
import { InputError } from '../model/Problem.js';
import { OTHER, UNPUBLISHED, type ChartData } from './ChartData.js';
import type { ChartTexts } from './chartTexts.js';
import { chartMessages as msg } from './messages.js';

export function categoryLabels(data: ChartData, texts: ChartTexts, fmt: Formatter): Map<string, string> {
  const labels = new Map<string, string>();
  const problems = [];
  for (const key of [...data.keys, ...data.grouped.map((g) => g.key)]) {
    const path = labelPath(data, key);
    if (data.naming === 'country' && key !== UNPUBLISHED && key !== OTHER) labels.set(key, fmt.country(key));
    else if (texts.has(path)) labels.set(key, texts.get(path));
    else problems.push(texts.problem(path, msg.unknownKey(data.id, key)));
  }
  if (problems.length > 0) throw new InputError(problems);
  return labels;
}

function labelPath(data: ChartData, key: string): string {
  if (key === UNPUBLISHED) return UNPUBLISHED;
  if (key === OTHER && data.naming === 'country') return 'other_countries';
  return typeof data.naming === 'object' ? `${data.naming.section}.${key}` : `${data.id}.${key}`;
}
