import type { RawStructElement } from './rawStruct.js';

const LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

/**
 * PDF/UA's heading order, as a checker reads the structure tree: a heading H(n+1) needs an
 * H(n) before it among its earlier siblings or the earlier siblings of an enclosing
 * element (its own or an enclosing section). Headings inside an earlier sibling section do
 * not count. Returns one line per heading without its parent level.
 */
export function headingOrderProblems(tree: readonly RawStructElement[]): string[] {
  const problems: string[] = [];
  const visit = (children: readonly RawStructElement[], seen: ReadonlySet<number>, path: string) => {
    const here = new Set(seen);
    children.forEach((child, i) => {
      const level = LEVEL[child.role];
      if (level !== undefined) {
        if (level > 1 && !here.has(level - 1)) problems.push(`${path}/${i} ${child.role} has no H${level - 1} before it`);
        here.add(level);
      }
      visit(child.children, here, `${path}/${i}`);
    });
  };
  visit(tree, new Set(), '');
  return problems;
}
