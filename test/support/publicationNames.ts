/** The names a publication brings (its id, tables, charts, text keys) and where a line of code writes one. */
import { PUBLICATIONS } from '../../src/publications/index.js';
import { ENGINE_TEXTS } from '../../src/validate/textSchema.js';

/** Names that are also the engine's own words: a paragraph style, the markup's blocks. */
const ENGINE_WORDS = new Set(['statement', 'children', 'title', 'subtitle', 'year', 'total', 'help', 'charts', 'card']);

export function publicationNames(): string[] {
  const names = new Set<string>();
  for (const p of PUBLICATIONS) {
    names.add(p.id);
    for (const t of p.tables) names.add(t.name);
    for (const id of p.charts?.ids ?? []) names.add(id);
    for (const key of Object.keys(p.textShape)) if (!(key in ENGINE_TEXTS)) names.add(key);
  }
  return [...names].filter((n) => !ENGINE_WORDS.has(n));
}

/** A name as a publication's: quoted, a data file, a key path (`victims.heading`), a folder (`templates/leaflet`), or a camel-cased variant. */
export function namings(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for (const name of names) {
    const n = name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    const pattern = new RegExp(`(['"\`/])${n}\\b|\\b${n}\\.(csv|[a-z_]+\\b)|\\b${n}['"\`]`, 'g');
    for (const _ of text.matchAll(pattern)) found.push(name);
  }
  return found;
}
