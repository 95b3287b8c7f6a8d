/**
 * Runs inside the benchmark page (bundled to one script): the three things compared in one page
 * load. Nothing here talks to an extension; it is the content script's own scan code.
 */
import Mark from 'mark.js';
import { HighlightLayer, rangesFor } from '../entrypoints/content/highlight-ranges';
import { isHidden } from '../entrypoints/content/is-hidden';
import { yieldToPage } from '../entrypoints/content/yield-to-page';
import { parseDates } from '../lib/figures/parse-date';
import { parseQuantities } from '../lib/figures/parse-quantity';
import { scanPageInSlices, SLICE_MS } from '../lib/page/scan-page';
import { PALETTES } from '../lib/settings/palettes';
import { expandTopics, type CompactTopic } from '../lib/topics/compact-topics';
import { compileLexicon } from '../lib/topics/find-mentions';

interface LongTaskWindow {
  longest: number;
}

function watchLongTasks(): { stop: () => Promise<number> } {
  const seen: LongTaskWindow = { longest: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.longest = Math.max(seen.longest, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop: async () => {
      await new Promise((ok) => setTimeout(ok, 60));
      for (const e of observer.takeRecords()) seen.longest = Math.max(seen.longest, e.duration);
      observer.disconnect();
      return seen.longest;
    },
  };
}

const bench = {
  /** (a) The floor: a bare TreeWalker pass reading every text node. */
  floor(): { ms: number; chars: number } {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return { ms: performance.now() - t0, chars };
  },

  /** (b) Source Context's scan: text index, topic and figure spotting, highlight registration. */
  async scan(compact: CompactTopic[]): Promise<{ ms: number; longestTask: number; mentions: number; figures: number }> {
    const longTasks = watchLongTasks();
    const t0 = performance.now();
    const lexicon = compileLexicon(expandTopics(compact));
    const scan = await scanPageInSlices(document, lexicon, { isHidden, pause: yieldToPage, sliceMs: SLICE_MS });
    let figures = 0;
    for (const s of scan.sentences) figures += parseQuantities(s.text).length + parseDates(s.text).length;
    const layer = new HighlightLayer(document);
    layer.setPalette(PALETTES.classic);
    for (let i = 0; i < scan.mentions.length; i += 2000) {
      if (i > 0) await yieldToPage();
      layer.add('topic', rangesFor(document, scan.page, scan.mentions.slice(i, i + 2000)));
    }
    const ms = performance.now() - t0;
    const longestTask = await longTasks.stop();
    layer.clear();
    return { ms, longestTask, mentions: scan.mentions.length, figures };
  },

  /** (c) mark.js wrapping the same terms in <mark> elements: the classic highlighter. */
  markjs(terms: string[]): Promise<{ ms: number; marks: number }> {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let marks = 0;
      new Mark(document.body).mark(terms, {
        separateWordSearch: false,
        accuracy: 'exactly',
        caseSensitive: true,
        each: () => marks++,
        done: () => resolve({ ms: performance.now() - t0, marks }),
      });
    });
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
