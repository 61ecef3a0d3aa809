/**
 * Items and chosen breaks → lines of fragments. Neighbouring items of the same run join
 * into one fragment (one PlacedText later); each fragment is measured whole, as painted.
 */
import type { FontSet } from '../../fonts/FontSet.js';
import type { LineItem } from './LineItem.js';
import type { StyledRun } from './StyledRun.js';
import type { TextLine } from './TextLine.js';
import { textWidth } from './textWidth.js';

export function setLines(items: readonly LineItem[], breaks: readonly number[], runs: readonly StyledRun[], fonts: FontSet): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const end of breaks) {
    const parts: { run: number; text: string; actualText?: string }[] = [];
    const add = (run: number, text: string) => {
      const last = parts[parts.length - 1];
      if (last && last.run === run) last.text += text;
      else parts.push({ run, text });
    };
    for (let i = start; i < end; i++) {
      const it = items[i]!;
      if (it.kind === 'box') add(it.run, it.text);
      else if (it.kind === 'glue') add(it.run, ' ');
    }
    const brk = items[end];
    if (brk?.kind === 'penalty' && brk.hyphen) {
      add(brk.run, '-');
      const last = parts[parts.length - 1]!;
      last.actualText = last.text.slice(0, -1);
    }
    let x = 0;
    const fragments = parts.map((p) => {
      const run = runs[p.run]!;
      const width = textWidth(fonts, p.text, run.font, run.size);
      const fragment = { x, width, text: p.text, run, ...(p.actualText !== undefined && { actualText: p.actualText }) };
      x += width;
      return fragment;
    });
    lines.push({ width: x, fragments });
    start = end + 1;
  }
  return lines;
}
