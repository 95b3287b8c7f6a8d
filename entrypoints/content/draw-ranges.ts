import type { HighlightKind } from '../../lib/settings/palettes';

/** Ranges registered between two pauses: each registry change costs the page a restyle of what it covers. */
export const DRAW_BATCH = 400;

/**
 * Most ranges of one piece of the page registered at a time. Chromium rebuilds the markers of every
 * registered highlight range in the frame after any change to the registry or to the page's DOM
 * (about 9 µs a range: 5,370 ranges made one 45-60 ms task, and would again on every DOM change);
 * a long page's ranges are registered around the screen, and the window follows the reader.
 */
export const MAX_DRAWN = 1500;

/** Ranges by index, in document order; an array is one, and so are ranges made when first asked for. */
export interface RangeList {
  readonly length: number;
  at(index: number): Range | undefined;
}

/** What drawing needs of a highlight layer. */
export interface RangeSink {
  add(kind: HighlightKind, ranges: Range[]): void;
  remove(kind: HighlightKind, ranges: Range[]): void;
}

/**
 * Index of the first range (ranges in document order) whose box reaches the viewport: a binary
 * search, so a long page asks the layout about a dozen ranges, not all of them.
 */
export function firstOnScreen(ranges: RangeList, viewportTop = 0): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges.at(mid)!.getBoundingClientRect().bottom < viewportTop) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The window of `size` ranges out of `total` for the screen at index `screen`: a quarter above it, the rest below. */
export function windowAround(screen: number, total: number, size = MAX_DRAWN): { from: number; to: number } {
  if (total <= size) return { from: 0, to: total };
  const from = Math.max(0, Math.min(screen - (size >> 2), total - size));
  return { from, to: from + size };
}

/**
 * The ranges of one piece of the page (in document order) and the part of them that is registered:
 * all of them, or for a long page a window around the screen that moves when the reader scrolls.
 */
export class DrawnRanges {
  from = 0;
  to = 0;

  constructor(
    private readonly sink: RangeSink,
    private readonly kind: HighlightKind,
    readonly ranges: RangeList,
    private readonly size = MAX_DRAWN,
  ) {}

  private slice(from: number, to: number): Range[] {
    const out: Range[] = [];
    for (let i = from; i < to; i++) out.push(this.ranges.at(i)!);
    return out;
  }

  /**
   * Registers the window around the screen in batches with a pause between them, the screen first
   * (from the first range on screen downwards, then the ones above), so the first screen is drawn
   * first and no single task restyles the whole page's highlights at once.
   */
  async draw(pause: () => Promise<void>, alive: () => boolean = () => true): Promise<void> {
    const all = this.ranges;
    if (all.length <= DRAW_BATCH) {
      this.to = all.length;
      return this.sink.add(this.kind, this.slice(0, all.length));
    }
    const screen = firstOnScreen(all);
    ({ from: this.from, to: this.to } = windowAround(screen, all.length, this.size));
    const at = Math.max(this.from, Math.min(screen, this.to));
    // From the screen down, then the part above it.
    const runs: Array<[number, number]> = [[at, this.to], [this.from, at]];
    let first = true;
    for (const [from, to] of runs) {
      for (let i = from; i < to; i += DRAW_BATCH) {
        if (!first) await pause();
        first = false;
        // The page navigated (the session was cleared) while this waited: draw nothing more.
        if (!alive()) return;
        this.sink.add(this.kind, this.slice(i, Math.min(i + DRAW_BATCH, to)));
      }
    }
  }

  /**
   * After a scroll: when the screen comes near an edge of the window, the window moves so the screen
   * sits a quarter into it again (one registry change: ranges leaving out, ranges entering in).
   */
  follow(): void {
    const all = this.ranges;
    if (all.length <= this.size) return;
    const screen = firstOnScreen(all);
    const margin = this.size >> 3;
    const nearTop = screen - this.from < margin && this.from > 0;
    const nearBottom = this.to - screen < 2 * margin && this.to < all.length;
    if (!nearTop && !nearBottom) return;
    const next = windowAround(screen, all.length, this.size);
    const leaving: Range[] = [];
    const entering: Range[] = [];
    for (let i = this.from; i < this.to; i++) if (i < next.from || i >= next.to) leaving.push(all.at(i)!);
    for (let i = next.from; i < next.to; i++) if (i < this.from || i >= this.to) entering.push(all.at(i)!);
    this.from = next.from;
    this.to = next.to;
    if (leaving.length) this.sink.remove(this.kind, leaving);
    if (entering.length) this.sink.add(this.kind, entering);
  }
}
