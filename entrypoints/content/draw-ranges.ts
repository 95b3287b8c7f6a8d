import type { HighlightKind } from '../../lib/settings/palettes';

/**
 * Most ranges of one piece of the page registered at a time. Chromium rebuilds the markers of every
 * registered highlight range in the frame after any change to the registry or to the page's DOM
 * (about 9-14 µs a range: 5,370 ranges made one 45-60 ms task, and 1,500 a 20-30 ms one, again on
 * every DOM change), and each range is made (4-5 µs); a long page's ranges are registered around
 * the screen, and the window follows the reader. On the densest page (two mentions a paragraph) 300
 * ranges reach about 4 screens above the reader and 14 below; the window moves when the screen comes
 * within 2 of its top or 4 of its bottom. 600 made the frame that first draws them a task of 20-24 ms
 * on the dense 100k-word page (PrePaint 12-14 ms of it), 300 one of 16-19 ms (PrePaint 8-10).
 */
export const MAX_DRAWN = 300;

/** Whether a piece of the page has a full window of ranges to make and register: then it is drawn in a slice of its own. */
export function fillsWindow(mentions: number): boolean {
  return mentions >= MAX_DRAWN;
}

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

/** A piece of the page's drawn ranges: the window registered, and the move that follows the screen. */
export interface DrawnRanges {
  window(): { from: number; to: number };
  /**
   * After a scroll: when the screen comes near an edge of the window, the window moves so the screen
   * sits a quarter into it again (one registry change: ranges leaving out, ranges entering in).
   */
  follow(): void;
}

/**
 * Registers the ranges of one piece of the page (in document order): all of them, or for a long page
 * a window around the screen that can follow the reader. In one registry change (the screen's ranges
 * first in it): a change makes the next frame rebuild the markers of every range registered, so
 * registering in batches with pauses between them cost a frame per batch (up to 20 ms on the dense
 * 100k-word page) without drawing anything sooner.
 */
export function drawRanges(sink: RangeSink, kind: HighlightKind, ranges: RangeList, size = MAX_DRAWN): DrawnRanges {
  const total = ranges.length;
  const take = (from: number, to: number) => {
    const out: Range[] = [];
    for (let i = from; i < to; i++) out.push(ranges.at(i)!);
    return out;
  };
  const screen = total > size ? firstOnScreen(ranges) : 0;
  let { from, to } = windowAround(screen, total, size);
  const drawn: DrawnRanges = {
    window: () => ({ from, to }),
    follow() {
      const at = total > size ? firstOnScreen(ranges) : from;
      // Near an edge of the window (and not at the page's end): the window moves, in one registry change.
      if ((at - from < size >> 3 && from > 0) || (to - at < size >> 2 && to < total)) {
        sink.remove(kind, take(from, to));
        ({ from, to } = windowAround(at, total, size));
        sink.add(kind, take(from, to));
      }
    },
  };
  const at = Math.max(from, Math.min(screen, to));
  sink.add(kind, [...take(at, to), ...take(from, at)]);
  return drawn;
}
