/**
 * An SVG as diffable text for snapshots (after Observable Plot's test/plot-snapshot.js):
 * one element per line, numbers rounded to one decimal, generated ids renumbered in order
 * of appearance, so a snapshot changes only when the drawing does.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id)!;
  };
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renumber(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renumber(id)})`)
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10 || 0))
    .replace(/></g, '>\n<');
}
