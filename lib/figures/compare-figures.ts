import type { Figure, SourceFigure } from './figure-types';
import { periodSpan } from './period-span';

export type Verdict = 'agrees' | 'close' | 'conflicts' | 'unverified';
export type Comparability = 'same' | 'different place' | 'different period';

/** How one page figure stands against one source figure that speaks of the same thing. */
export type PairVerdict = 'agrees' | 'close' | 'dropped bound' | 'conflicts' | 'only after';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 1) return a[0] === b[0];
  const sortedB = [...b].sort();
  return [...a].sort().every((x, i) => x === sortedB[i]);
}
const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** A date's action and what it is done to: "restriction:calls" -> ["restriction", "calls"]. */
function eventParts(measure: string): [string, string | null] {
  const at = measure.indexOf(':');
  return at < 0 ? [measure, null] : [measure.slice(0, at), measure.slice(at + 1)];
}

/** A date's interval as month*100+day, when it lies within one month; null for a longer span. */
function withoutYear(f: Figure): [number, number] | null {
  if (f.high - f.low > 31) return null;
  return [f.low % 10000, f.high % 10000];
}

/** Two dates' day spans on a common footing: with years when both state one, else month and day. */
export function dateSpans(a: Figure, b: Figure): [[number, number], [number, number]] | null {
  if (a.yearKnown && b.yearKnown) return [[a.low, a.high], [b.low, b.high]];
  const x = withoutYear(a);
  const y = withoutYear(b);
  return x && y ? [x, y] : null;
}

/** The span of days a source figure holds for: its stated period, else the months up to its source's date. */
function heldSpan(f: Figure & { asOf?: string | null }): [number, number] | null {
  if (f.period) return periodSpan(f.period);
  if (!f.asOf) return null;
  const [low, high] = periodSpan(f.asOf) ?? [0, 0];
  if (!high) return null;
  // A current figure in an article was counted in the months before it: six of them.
  const year = Math.floor(low / 10000);
  const month = Math.floor(low / 100) % 100;
  const back = month > 6 ? year * 10000 + (month - 6) * 100 + 1 : (year - 1) * 10000 + (month + 6) * 100 + 1;
  return [back, high];
}

function periodsFit(page: Figure, source: Figure & { asOf?: string | null }): boolean {
  if (!page.period) return !source.period;
  const p = periodSpan(page.period);
  const s = heldSpan(source);
  if (!p || !s) return page.period === source.period;
  return p[0] <= s[1] && s[0] <= p[1];
}

/**
 * Whether two figures speak of the same thing: unit, measure and subjects must match (a date: the same
 * action on the same thing, by subjects in common); a different place or period makes them not
 * comparable, and says so rather than calling it a conflict.
 */
export function comparability(a: Figure, b: Figure & { asOf?: string | null }): Comparability | null {
  if (a.unit !== b.unit) return null;
  if (a.unit === 'date') {
    const [actionA, objectA] = eventParts(a.measure);
    const [actionB, objectB] = eventParts(b.measure);
    if (actionA !== actionB || (objectA ?? null) !== (objectB ?? null)) return null;
    if (!intersects(a.subjects, b.subjects) || !dateSpans(a, b)) return null;
  } else if (a.measure !== b.measure || a.subjects.length === 0 || !sameSet(a.subjects, b.subjects)) {
    return null;
  }
  if (a.scope && b.scope && a.scope !== b.scope) return 'different place';
  if (a.unit !== 'date' && !periodsFit(a, b)) return 'different period';
  return 'same';
}

/** Whether the values two figures allow overlap. Touching intervals do not. */
export function overlaps(a: Figure, b: Figure): boolean {
  if (a.unit === 'date') {
    const spans = dateSpans(a, b);
    if (!spans) return false;
    const [[al, ah], [bl, bh]] = spans;
    return al <= bh && bl <= ah;
  }
  return a.low < b.high && b.low < a.high;
}

const bounded = (f: Figure) => f.bound === 'atLeast' || f.bound === 'atMost';

/** The page figure against one comparable source figure. */
export function pairVerdict(page: Figure, source: Figure): PairVerdict {
  if (page.unit === 'date') {
    const spans = dateSpans(page, source);
    if (!spans) return 'conflicts';
    const [[pl, ph], [sl, sh]] = spans;
    if (pl <= sh && sl <= ph) return 'agrees';
    // "Since [the invasion in 2022], Russia has banned...": the source says only "no earlier than".
    if (source.bound === 'atLeast' && pl > sh) return 'only after';
    return 'conflicts';
  }
  if (overlaps(page, source)) {
    // "180 million" against "more than 180 million": the page drops the sources' "more than".
    if (bounded(source) && page.bound === 'exact' && page.value === source.value) return 'dropped bound';
    return 'agrees';
  }
  // Close: off by no more than one step of the finer figure's last digit, and at most 2% of it.
  const gap = Math.max(page.low, source.low) - Math.min(page.high, source.high);
  const magnitude = Math.max(Math.abs(page.value), Math.abs(source.value));
  const tolerance = Math.min(page.step || Infinity, source.step || Infinity, magnitude * 0.02);
  return gap <= tolerance ? 'close' : 'conflicts';
}

export interface SourceLabeler {
  (sourceId: string): string;
}

export interface FigureJudgement {
  figure: Figure;
  verdict: Verdict;
  /** The source figures the verdict rests on: agreeing (or close) first, then the others. */
  sources: SourceFigure[];
  /** How many of `sources`, from the front, fit the page. */
  agreeing: number;
  explanation: string;
}

/** What two figures must share to be compared at all, place and period aside (those give "different ..."). */
export function kindKey(f: Figure): string {
  if (f.unit === 'date') return ['date', eventParts(f.measure)[0]].join('|');
  return [f.unit, f.measure, [...f.subjects].sort().join('+')].join('|');
}

/** Adds an item to the list a map keeps under a key, starting the list if there is none. */
export function pushInto<K, T>(lists: Map<K, T[]>, key: K, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

export function bucketBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) pushInto(buckets, key(item), item);
  return buckets;
}

export interface JudgedPair {
  source: SourceFigure;
  verdict: PairVerdict;
}

const PAIR_RANK: Record<PairVerdict, number> = { agrees: 0, close: 1, 'dropped bound': 1, conflicts: 2, 'only after': 3 };

/**
 * What of a source figure `comparability` and `pairVerdict` read: two source figures with the same key
 * stand the same against any page figure.
 */
export function comparedAs(f: SourceFigure): string {
  return JSON.stringify([f.unit, f.measure, f.subjects, f.scope, f.period, f.asOf, f.low, f.high, f.value, f.step, f.bound, f.yearKnown]);
}

/**
 * Judges one page figure against the source figures of its kind, and explains it in one sentence.
 * `groups[i]`, when given, is a number `sourceFigures[i]` shares with every other figure of the list
 * that `comparedAs` makes equal: those are compared once.
 */
export function judgeFigure(
  page: Figure,
  sourceFigures: readonly SourceFigure[],
  explain: (page: Figure, pairs: readonly JudgedPair[], verdict: Verdict, elsewhere: { why: Comparability; source: SourceFigure } | null) => string,
  groups?: ArrayLike<number>,
): FigureJudgement {
  // Pairs by rank (agreeing, close, conflicting, only after), each in the list's order: the order a
  // stable sort by rank would give, without sorting hundreds of pairs for every figure.
  const byRank: JudgedPair[][] = [[], [], [], []];
  let elsewhere: { why: Comparability; source: SourceFigure } | null = null;
  // Many sources of a large set give the very same figure; each distinct one is compared once.
  const seen = new Map<number, [Comparability | null, PairVerdict | null]>();
  for (let i = 0; i < sourceFigures.length; i++) {
    const s = sourceFigures[i]!;
    const group = groups?.[i];
    let known = group === undefined ? undefined : seen.get(group);
    if (!known) {
      const c = comparability(page, s);
      known = [c, c === 'same' ? pairVerdict(page, s) : null];
      if (group !== undefined) seen.set(group, known);
    }
    const [c, verdict] = known;
    if (c === 'same') byRank[PAIR_RANK[verdict!]]!.push({ source: s, verdict: verdict! });
    else if (c && !elsewhere) elsewhere = { why: c, source: s };
  }
  const [agreeing, close, conflicting, after] = byRank as [JudgedPair[], JudgedPair[], JudgedPair[], JudgedPair[]];
  const ordered = [...agreeing, ...close, ...conflicting, ...after];
  const verdict: Verdict = agreeing.length ? 'agrees' : close.length ? 'close' : conflicting.length ? 'conflicts' : 'unverified';
  const fitting = verdict === 'agrees' ? agreeing : verdict === 'close' ? close : [];
  const sources =
    verdict === 'unverified' ? (elsewhere ? [elsewhere.source] : ordered.map((p) => p.source)) : [...agreeing, ...close, ...conflicting].map((p) => p.source);
  return {
    figure: page,
    verdict,
    sources,
    agreeing: fitting.length,
    explanation: explain(page, ordered, verdict, verdict === 'unverified' && ordered.length === 0 ? elsewhere : null),
  };
}

export interface SourceConflict {
  subjects: string[];
  measure: string;
  explanation: string;
  /** Each side: figures that agree with one another and not with the other side. */
  sides: SourceFigure[][];
}

const MAX_SIDES = 4;
const MAX_FIGURES_PER_SIDE = 5;

/** Figures that can only be comparable if they share this key (see `comparability`). */
function groupKey(f: SourceFigure): string {
  return [kindKey(f), f.scope ?? '', f.period ?? ''].join('|');
}

/**
 * Disagreements inside the source set: comparable figures split into groups that fit one another and
 * not across (a near miss within rounding is no disagreement); each thing counted gives one
 * disagreement. One source repeating itself is no conflict. Figures are first bucketed by what they
 * count, so a large source set is not compared pair by pair.
 */
export function findSourceConflicts(figures: readonly SourceFigure[], describe: (f: SourceFigure, sides: SourceFigure[][]) => string): SourceConflict[] {
  const conflicts: SourceConflict[] = [];
  for (const bucket of bucketBy(figures, groupKey).values()) {
    const used = new Set<number>();
    bucket.forEach((f, i) => {
      if (used.has(i)) return;
      const group: SourceFigure[] = [];
      bucket.forEach((g, j) => {
        if (j === i || (!used.has(j) && comparability(f, g) === 'same')) {
          group.push(g);
          used.add(j);
        }
      });
      if (group.length < 2) return;
      // Cluster: a figure joins the first cluster it does not conflict with.
      const clusters: SourceFigure[][] = [];
      for (const g of group) {
        const home = clusters.find((c) => c.some((x) => pairVerdict(g, x) !== 'conflicts'));
        if (home) home.push(g);
        else clusters.push([g]);
      }
      if (clusters.length < 2) return;
      const largest = new Set([...clusters].sort((a, b) => b.length - a.length).slice(0, MAX_SIDES));
      const sides = clusters.filter((c) => largest.has(c)).map((c) => c.slice(0, MAX_FIGURES_PER_SIDE));
      const sourcesInvolved = new Set(sides.flat().map((x) => `${x.sourceId}|${x.attribution ?? ''}`));
      if (sourcesInvolved.size < 2) return;
      conflicts.push({ subjects: f.subjects, measure: f.measure, sides, explanation: describe(f, sides) });
    });
  }
  return conflicts;
}
