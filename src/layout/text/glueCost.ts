/**
 * The cost of breaking at the space between two words; 0 for an ordinary space. These
 * are the cheap typographic rules: keep a number with its unit, keep a one-letter word
 * with what follows, and do not start a line with a dash.
 */
import { breakCosts } from './breakCosts.js';

const UNIT = /^(%|‰|°[CF]?|€|\$|£|EUR|USD|km|m|cm|mm|kg|g|h|min|let|leta|leti|years?)[.,;:)]?$/u;
const SIGN_BEFORE_NUMBER = /^([€$£§№#]|št\.|no\.|nr\.|pp?\.|str\.|čl\.|odst\.)$/iu;
const ONE_LETTER = /(^|[(„"'‘“])\p{L}$/u;
const DASH = /^[–—-]$/u;

export function glueCost(before: string, after: string): number {
  if (/\d$/u.test(before) && (UNIT.test(after) || /^\d/u.test(after))) return breakCosts.numberUnit;
  if (SIGN_BEFORE_NUMBER.test(before) && /^\d/u.test(after)) return breakCosts.numberUnit;
  if (DASH.test(after)) return breakCosts.beforeDash;
  if (ONE_LETTER.test(before)) return breakCosts.oneLetterWord;
  return 0;
}
