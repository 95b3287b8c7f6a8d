import type { HighlightKind } from '../../lib/settings/palettes';
import type { HighlightLayer } from './highlight-ranges';

/** Ranges registered between two pauses: each registry change costs the page a restyle of what it covers. */
export const DRAW_BATCH = 400;

/**
 * Index of the first range (ranges in document order) whose box reaches the viewport: a binary
 * search, so a long page asks the layout about a dozen ranges, not all of them.
 */
export function firstOnScreen(ranges: readonly Range[], viewportTop = 0): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.getBoundingClientRect().bottom < viewportTop) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Registers many ranges of one kind in batches with a pause between them, the screen first (from
 * the first range on screen downwards, then the ones above), so the first screen is drawn first
 * and no single task restyles the whole page's highlights at once.
 */
export async function drawInBatches(
  layer: HighlightLayer,
  kind: HighlightKind,
  ranges: Range[],
  pause: () => Promise<void>,
  alive: () => boolean = () => true,
): Promise<void> {
  if (ranges.length <= DRAW_BATCH) return layer.add(kind, ranges);
  const first = firstOnScreen(ranges);
  const ordered = first > 0 ? [...ranges.slice(first), ...ranges.slice(0, first)] : ranges;
  for (let i = 0; i < ordered.length; i += DRAW_BATCH) {
    if (i > 0) await pause();
    // The page navigated (the session was cleared) while this waited: draw nothing more.
    if (!alive()) return;
    layer.add(kind, ordered.slice(i, i + DRAW_BATCH));
  }
}
