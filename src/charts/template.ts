/**
 * Chart templates: `templates/<publication>/charts/<id>.vl.json`, Vega-Lite specs that read the dataset
 * `table` and hold no figures. Strings of the form `text:<path>` name a text of the
 * `charts:` section; the build replaces them. A status channel's scale lists its range in
 * the order of `STATUSES`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { InputError } from '../model/Problem.js';
import type { Status } from '../model/Edition.js';
import { chartMessages as msg } from './messages.js';

export const STATUSES: readonly Status[] = ['published', 'inferred', 'unpublished'];

/** A channel definition as far as the build reads and fills it. */
export interface ChannelDef {
  field?: string;
  scale?: { domain?: unknown[]; range?: unknown[] } | null;
  legend?: Record<string, unknown> | null;
  [property: string]: unknown;
}

/** A unit or layer of a template: where encodings live. */
interface Unit {
  encoding?: Record<string, ChannelDef>;
  layer?: Unit[];
}

export function loadTemplate(templatesDir: string, id: string): TopLevelSpec {
  const file = join(templatesDir, `${id}.vl.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError([{ file, message: msg.missingTemplate() }]);
  }
  try {
    return JSON.parse(text) as TopLevelSpec;
  } catch (e) {
    throw new InputError([{ file, message: msg.badTemplate((e as Error).message) }]);
  }
}

/** Every channel definition of the spec and its layers, with the channel's name. */
export function channels(spec: TopLevelSpec): [channel: string, def: ChannelDef][] {
  const out: [string, ChannelDef][] = [];
  const visit = (unit: Unit) => {
    for (const [channel, def] of Object.entries(unit.encoding ?? {})) out.push([channel, def]);
    unit.layer?.forEach(visit);
  };
  visit(spec as Unit);
  return out;
}

/** Fill opacity per status as the template's `fillOpacity` scale draws it; 1 without one. */
export function statusOpacity(spec: TopLevelSpec): Record<Status, number> {
  const def = channels(spec).find(([c, d]) => c === 'fillOpacity' && d.field === 'statusLabel')?.[1];
  const range = def?.scale?.range;
  return Object.fromEntries(
    STATUSES.map((s, i) => [s, typeof range?.[i] === 'number' ? range[i] : 1]),
  ) as Record<Status, number>;
}

/** The year scale's `paddingInner` (0 without one): bars are (1 - padding) of their step wide. */
export function bandPadding(spec: TopLevelSpec): number {
  const def = channels(spec).find(([c, d]) => c === 'x' && d.field === 'year')?.[1];
  const padding = (def?.scale as { paddingInner?: unknown } | undefined)?.paddingInner;
  return typeof padding === 'number' ? padding : 0;
}
