import type { FigureJudgement, SourceConflict } from '../figures/compare-figures';

/** A page lists this many of the sources' disagreements on its subjects; a large set has hundreds. */
export const MAX_SOURCE_CONFLICTS = 10;

/** How many sources take part in each of a pack's disagreements, counted once per disagreement. */
const WIDTH = new WeakMap<SourceConflict, number>();

/**
 * The sources' disagreements worth a reader's attention on this page, most telling first: those about
 * something the page itself gives a figure for, then those touching more of the page's subjects, then
 * those with more sources on their sides. The rest is counted, not listed.
 */
export function pickSourceConflicts(
  conflicts: readonly SourceConflict[],
  pageSubjects: ReadonlySet<string>,
  figures: readonly FigureJudgement[],
): { shown: SourceConflict[]; more: number } {
  const onPage = conflicts.filter((c) => c.subjects.some((s) => pageSubjects.has(s)));
  if (onPage.length <= MAX_SOURCE_CONFLICTS) return { shown: onPage, more: 0 };
  const given = new Set(figures.flatMap((f) => f.figure.subjects.map((s) => `${f.figure.measure}|${s}`)));
  const figured = (c: SourceConflict) => (c.subjects.some((s) => given.has(`${c.measure}|${s}`)) ? 1 : 0);
  const touched = (c: SourceConflict) => c.subjects.filter((s) => pageSubjects.has(s)).length;
  const sources = (c: SourceConflict) => {
    let n = WIDTH.get(c);
    if (n === undefined) WIDTH.set(c, (n = new Set(c.sides.flat().map((f) => f.sourceId)).size));
    return n;
  };
  const ranked = onPage
    .map((c, at) => ({ c, at, keys: [figured(c), touched(c), sources(c)] }))
    .sort((a, b) => b.keys[0]! - a.keys[0]! || b.keys[1]! - a.keys[1]! || b.keys[2]! - a.keys[2]! || a.at - b.at);
  return { shown: ranked.slice(0, MAX_SOURCE_CONFLICTS).map((r) => r.c), more: onPage.length - MAX_SOURCE_CONFLICTS };
}
