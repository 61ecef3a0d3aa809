/**
 * The field separator of a CSV file, from its header line. Excel in a Slovenian (or any
 * decimal-comma) locale saves "CSV" with semicolons; such a file is read as it is rather
 * than refused, since our cells hold whole numbers, years and keys, never a decimal comma.
 */
export type Delimiter = ',' | ';' | '\t';

export function csvDelimiter(text: string): Delimiter {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => header.split(d).length - 1;
  const [best] = ([',', ';', '\t'] as const).map((d) => ({ d, n: count(d) })).sort((a, b) => b.n - a.n);
  return best && best.n > 0 ? best.d : ',';
}
