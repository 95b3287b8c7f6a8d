import type { Figure, SourceFigure } from './figure-types';

export type Verdict = 'agrees' | 'conflicts' | 'unverified';
export type Comparability = 'same' | 'different place' | 'different period';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** A date's interval as month*100+day, when it lies within one month; null for a whole year. */
function withoutYear(f: Figure): [number, number] | null {
  if (f.high - f.low > 31) return null;
  return [f.low % 10000, f.high % 10000];
}

function dateSpans(a: Figure, b: Figure): [[number, number], [number, number]] | null {
  if (a.yearKnown && b.yearKnown) return [[a.low, a.high], [b.low, b.high]];
  const x = withoutYear(a);
  const y = withoutYear(b);
  return x && y ? [x, y] : null;
}

/**
 * Whether two figures speak of the same thing: unit, measure and subject must match; a different
 * place or period makes them not comparable, and says so rather than calling it a conflict.
 */
export function comparability(a: Figure, b: Figure): Comparability | null {
  if (a.unit !== b.unit || a.measure !== b.measure) return null;
  if (a.unit === 'date') {
    if (!intersects(a.subjects, b.subjects) || !dateSpans(a, b)) return null;
  } else if (!sameSet(a.subjects, b.subjects)) {
    return null;
  }
  if (a.scope && b.scope && a.scope !== b.scope) return 'different place';
  if ((a.period ?? null) !== (b.period ?? null)) return 'different period';
  return 'same';
}

/** Whether the values two comparable figures allow overlap. Touching intervals do not. */
export function overlaps(a: Figure, b: Figure): boolean {
  if (a.unit === 'date') {
    const spans = dateSpans(a, b);
    if (!spans) return false;
    const [[al, ah], [bl, bh]] = spans;
    return al <= bh && bl <= ah;
  }
  return a.low < b.high && b.low < a.high;
}

export interface SourceLabeler {
  (sourceId: string): string;
}

/** "source 000, citing Mediascope: about 96 million". `name` gives "source <id>" or the quoted title. */
export function describeSourceFigure(f: SourceFigure, name: SourceLabeler): string {
  return `${name(f.sourceId)}${f.attribution ? `, citing ${f.attribution}` : ''}: ${f.text}`;
}

export interface FigureJudgement {
  figure: Figure;
  verdict: Verdict;
  /** The source figures the verdict rests on: agreeing first, then conflicting. */
  sources: SourceFigure[];
  /** How many of `sources`, from the front, agree with the page. */
  agreeing: number;
  explanation: string;
}

/** What two figures must share to be compared at all, place and period aside (those give "different ..."). */
export function kindKey(f: Figure): string {
  const subjects = f.unit === 'date' ? '' : [...f.subjects].sort().join('+');
  return [f.unit, f.measure, subjects].join('|');
}

function bucketBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = buckets.get(k);
    if (bucket) bucket.push(item);
    else buckets.set(k, [item]);
  }
  return buckets;
}

/** Source figures by kind, so a page figure is compared with the few that count the same thing. */
export function indexFigures(figures: readonly SourceFigure[]): Map<string, SourceFigure[]> {
  return bucketBy(figures, kindKey);
}

/** Judges one page figure against the source figures. */
export function judgeFigure(page: Figure, sourceFigures: readonly SourceFigure[], label: SourceLabeler): FigureJudgement {
  const same: SourceFigure[] = [];
  const elsewhere: Array<{ f: SourceFigure; why: Comparability }> = [];
  for (const s of sourceFigures) {
    const c = comparability(page, s);
    if (c === 'same') same.push(s);
    else if (c) elsewhere.push({ f: s, why: c });
  }
  const thisPage = `this page: ${page.text}`;
  if (same.length === 0) {
    const other = elsewhere[0];
    if (other) {
      const where = other.why === 'different place' ? page.scope : page.period;
      return {
        figure: page,
        verdict: 'unverified',
        sources: [other.f],
        agreeing: 0,
        explanation: `${other.why}: ${thisPage}${where ? ` (${where})` : ''}; ${describeSourceFigure(other.f, label)}${other.why === 'different place' ? ` (${other.f.scope})` : other.f.period ? ` (${other.f.period})` : ''}`,
      };
    }
    return { figure: page, verdict: 'unverified', sources: [], agreeing: 0, explanation: `${thisPage}; no source gives this figure` };
  }
  const agreeing = same.filter((s) => overlaps(page, s));
  const conflicting = same.filter((s) => !overlaps(page, s));
  if (agreeing.length > 0) {
    const agree = describeSourceFigure(agreeing[0]!, label);
    return {
      figure: page,
      verdict: 'agrees',
      sources: [...agreeing, ...conflicting],
      agreeing: agreeing.length,
      explanation:
        conflicting.length > 0
          ? `${thisPage}; agrees with ${agree}; not with ${describeSourceFigure(conflicting[0]!, label)}`
          : `${thisPage}; ${agree}`,
    };
  }
  const more = conflicting.length > 1 ? ` (and ${conflicting.length - 1} more source figure${conflicting.length > 2 ? 's' : ''})` : '';
  return {
    figure: page,
    verdict: 'conflicts',
    sources: conflicting,
    agreeing: 0,
    explanation: `${thisPage}; ${describeSourceFigure(conflicting[0]!, label)}${more}`,
  };
}

export interface SourceConflict {
  subjects: string[];
  measure: string;
  explanation: string;
  /** Each side: figures that agree with one another and not with the other side. */
  sides: SourceFigure[][];
}

function sideLabel(side: readonly SourceFigure[], label: SourceLabeler): string {
  const who = [...new Set(side.map((f) => f.attribution).filter(Boolean))].join(' and ');
  const where = [...new Set(side.map((f) => label(f.sourceId)))].join('; ');
  return `${who ? `${who} says` : 'the sources say'} ${side[0]!.text} (${where})`;
}

const MAX_SIDES = 4;
const MAX_FIGURES_PER_SIDE = 5;

/** Figures that can only be comparable if they share this key (see `comparability`). */
function groupKey(f: Figure): string {
  return [kindKey(f), f.scope ?? '', f.period ?? ''].join('|');
}

/**
 * Disagreements inside the source set: comparable figures split into groups that agree within and
 * not across; each pair of groups is one disagreement. One source repeating itself is no conflict.
 * Figures are first bucketed by what they count, so a large source set is not compared pair by pair.
 */
export function findSourceConflicts(figures: readonly SourceFigure[], label: SourceLabeler, subjectLabel: (id: string) => string): SourceConflict[] {
  const buckets = bucketBy(figures, groupKey);
  const conflicts: SourceConflict[] = [];
  for (const bucket of buckets.values()) {
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
      // Cluster by overlap, joining a figure to the first cluster it overlaps.
      const clusters: SourceFigure[][] = [];
      for (const g of group) {
        const home = clusters.find((c) => c.some((x) => overlaps(x, g)));
        if (home) home.push(g);
        else clusters.push([g]);
      }
      if (clusters.length < 2) return;
      // One disagreement per thing counted: the largest groups, a few figures each, are its sides.
      const largest = new Set([...clusters].sort((a, b) => b.length - a.length).slice(0, MAX_SIDES));
      const sides = clusters.filter((c) => largest.has(c)).map((c) => c.slice(0, MAX_FIGURES_PER_SIDE));
      const sourcesInvolved = new Set(sides.flat().map((x) => `${x.sourceId}|${x.attribution ?? ''}`));
      if (sourcesInvolved.size < 2) return;
      const what = `${f.subjects.map(subjectLabel).join(' and ')} ${f.measure}${f.scope ? ` in ${subjectLabel(f.scope)}` : ''}`;
      conflicts.push({
        subjects: f.subjects,
        measure: f.measure,
        sides,
        explanation: `${what}: ${sides.map((side) => sideLabel(side, label)).join('; but ')}`,
      });
    });
  }
  return conflicts;
}
