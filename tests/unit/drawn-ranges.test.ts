import { describe, expect, it } from 'vitest';
import { drawRanges, MAX_DRAWN, windowAround } from '../../entrypoints/content/draw-ranges';
import type { HighlightKind } from '../../lib/settings/palettes';

/** Ranges one above the other, `height` px each; the page is scrolled to `view.top`. */
function pageOf(count: number, height = 20) {
  const view = { top: 0 };
  const ranges = Array.from({ length: count }, (_, i) => ({
    i,
    getBoundingClientRect: () => ({ top: i * height - view.top, bottom: (i + 1) * height - view.top }),
  })) as unknown as Range[];
  return { view, ranges, height };
}

/** A layer that keeps what is registered, and every add call's size. */
function sink() {
  const drawn = new Set<Range>();
  const adds: Range[][] = [];
  return {
    drawn,
    adds,
    add(_kind: HighlightKind, ranges: Range[]) {
      adds.push(ranges);
      for (const r of ranges) drawn.add(r);
    },
    remove(_kind: HighlightKind, ranges: Range[]) {
      for (const r of ranges) drawn.delete(r);
    },
  };
}

const indexes = (drawn: Set<Range>) => [...drawn].map((r) => (r as unknown as { i: number }).i).sort((a, b) => a - b);

describe('drawRanges', () => {
  it('registers every range of a page with few of them, at once', async () => {
    const { ranges } = pageOf(300);
    const layer = sink();
    drawRanges(layer, 'topic', ranges);
    expect(layer.drawn.size).toBe(300);
    expect(layer.adds).toHaveLength(1);
  });

  it('registers all of a page under the window in one change', () => {
    const { view, ranges, height } = pageOf(MAX_DRAWN - 100);
    view.top = 700 * height + height / 2;
    const layer = sink();
    drawRanges(layer, 'topic', ranges);
    expect(layer.drawn.size).toBe(MAX_DRAWN - 100);
    expect(layer.adds.map((a) => a.length)).toEqual([MAX_DRAWN - 100]);
  });

  it('on a long page registers only a window around the screen, and moves it when the reader scrolls', async () => {
    const { view, ranges, height } = pageOf(5370);
    const layer = sink();
    const drawn = drawRanges(layer, 'topic', ranges);
    expect(indexes(layer.drawn)).toEqual(Array.from({ length: MAX_DRAWN }, (_, i) => i));

    // A little scrolling inside the window changes nothing.
    view.top = 200 * height + height / 2;
    drawn.follow();
    expect(layer.drawn.size).toBe(MAX_DRAWN);
    expect(drawn.window().from).toBe(0);

    // Near its end, the window moves so the screen sits a quarter into it.
    view.top = 1400 * height + height / 2;
    drawn.follow();
    const expected = windowAround(1400, 5370);
    expect(indexes(layer.drawn)).toEqual(Array.from({ length: MAX_DRAWN }, (_, i) => expected.from + i));
    expect(layer.drawn.has(ranges[1400]!)).toBe(true);

    // To the end of the page and back to the top: always the screen's ranges, never more than the window.
    view.top = 5369 * height + height / 2;
    drawn.follow();
    expect(layer.drawn.has(ranges[5369]!)).toBe(true);
    expect(layer.drawn.size).toBe(MAX_DRAWN);
    view.top = 0;
    drawn.follow();
    expect(indexes(layer.drawn)[0]).toBe(0);
    expect(layer.drawn.size).toBe(MAX_DRAWN);
  });

  it('starts a long page opened in its middle with the ranges on screen', async () => {
    const { view, ranges, height } = pageOf(5000);
    view.top = 3000 * height + height / 2;
    const layer = sink();
    drawRanges(layer, 'topic', ranges);
    expect(layer.drawn.size).toBe(MAX_DRAWN);
    expect((layer.adds[0]![0] as unknown as { i: number }).i).toBe(3000);
    expect(layer.drawn.has(ranges[3000 - MAX_DRAWN / 4]!)).toBe(true);
    expect(layer.drawn.has(ranges[3000 + MAX_DRAWN / 2]!)).toBe(true);
  });

  it('asks a long page for the ranges of its window only (and a dozen to find the screen)', async () => {
    const { ranges } = pageOf(5370);
    const asked = new Set<number>();
    const list = { length: ranges.length, at: (i: number) => (asked.add(i), ranges[i]) };
    const layer = sink();
    drawRanges(layer, 'topic', list);
    expect(layer.drawn.size).toBe(MAX_DRAWN);
    expect(asked.size).toBeLessThan(MAX_DRAWN + 20);
  });
});
