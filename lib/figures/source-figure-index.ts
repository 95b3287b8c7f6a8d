import { comparedAs, kindKey, pushInto } from './compare-figures';
import type { Figure, SourceFigure } from './figure-types';

/**
 * The source figures a page figure could be compared with, found without looking at the rest. A set of
 * ten thousand documents holds thousands of figures of one kind (users of one app, dates of one action);
 * scanning them all for every figure on a page cost more than the rest of the page's analysis.
 *
 * - A quantity is found by what it counts and whose it is (its kind key names both), then by place: only
 *   figures of its own place or of none can fit it; of each other place the first is enough to say "the
 *   sources give it for another place" (which is all judgeFigure uses them for).
 * - A date by its action and object ("restriction:calls") and each of its subjects, since two dates compare
 *   when they date the same action on the same thing and share any subject.
 * Candidates come in pack order, the order verdicts and explanations are built in, each with a number
 * it shares with the others of the list that compare the same (compare-figures.comparedAs).
 */
export interface Candidates {
  figures: readonly SourceFigure[];
  groups: Int32Array;
}

export interface SourceFigureIndex {
  candidates(page: Figure): Candidates;
  /** Whether any of the set's figures has this subject or place key. */
  knows(key: string): boolean;
}

interface Bucket {
  /** Positions in the pack's figure list. */
  all: number[];
  /** For quantities: positions by place ('' for none). */
  byScope: Map<string, number[]>;
}

const dateKeys = (f: Figure) => [...new Set(f.subjects.map((s) => `date|${f.measure}|${s}`))];

const NONE: Candidates = { figures: [], groups: new Int32Array(0) };

export function indexSourceFigures(figures: readonly SourceFigure[]): SourceFigureIndex {
  const buckets = new Map<string, Bucket>();
  const keys = new Set<string>();
  const bucket = (key: string) => {
    let b = buckets.get(key);
    if (!b) buckets.set(key, (b = { all: [], byScope: new Map() }));
    return b;
  };
  figures.forEach((f, at) => {
    for (const s of f.subjects) keys.add(s);
    if (f.scope) keys.add(f.scope);
    if (f.unit === 'date') {
      for (const key of dateKeys(f)) bucket(key).all.push(at);
      return;
    }
    const b = bucket(kindKey(f));
    b.all.push(at);
    pushInto(b.byScope, f.scope ?? '', at);
  });
  // Groups are numbered on first use, across lists, so a figure keeps its number in every list.
  const groupIds = new Map<string, number>();
  const groupOf = new Int32Array(figures.length).fill(-1);
  const group = (at: number) => {
    if (groupOf[at] === -1) {
      const key = comparedAs(figures[at]!);
      let id = groupIds.get(key);
      if (id === undefined) groupIds.set(key, (id = groupIds.size));
      groupOf[at] = id;
    }
    return groupOf[at]!;
  };
  // A page asks for the same few lists again and again (every "about 96 million" on it): each list is
  // made once.
  const made = new Map<string, Candidates>();
  const once = (key: string, make: () => readonly number[]) => {
    let list = made.get(key);
    if (!list) {
      const positions = make();
      made.set(key, (list = { figures: positions.map((p) => figures[p]!), groups: Int32Array.from(positions, group) }));
    }
    return list;
  };
  return {
    knows: (key) => keys.has(key),
    candidates(page) {
      if (page.unit === 'date') {
        const keys = dateKeys(page);
        return once(keys.join('\n'), () =>
          keys.length === 1 ? (buckets.get(keys[0]!)?.all ?? []) : [...new Set(keys.flatMap((k) => buckets.get(k)?.all ?? []))].sort((a, b) => a - b),
        );
      }
      const kind = kindKey(page);
      const b = buckets.get(kind);
      if (!b) return NONE;
      if (page.scope === null) return once(kind, () => b.all);
      return once(`${kind}\n${page.scope}`, () => {
        const positions: number[] = [];
        for (const [scope, list] of b.byScope) {
          if (scope === '' || scope === page.scope) positions.push(...list);
          else positions.push(list[0]!);
        }
        return positions.sort((x, y) => x - y);
      });
    },
  };
}
