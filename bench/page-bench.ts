/**
 * Runs inside the benchmark page (bundled to one script): the three things compared in one page
 * load. Nothing here talks to an extension; it is the content script's own scan code.
 */
import Mark from 'mark.js';
import { HighlightLayer, rangesFor } from '../entrypoints/content/highlight-ranges';
import { isHidden } from '../entrypoints/content/is-hidden';
import { PageSession } from '../entrypoints/content/page-session';
import { watchPage } from '../entrypoints/content/watch-page';
import { yieldToPage } from '../entrypoints/content/yield-to-page';
import { parseDates } from '../lib/figures/parse-date';
import { parseQuantities } from '../lib/figures/parse-quantity';
import { scanPageInSlices, SLICE_MS } from '../lib/page/scan-page';
import { PALETTES } from '../lib/settings/palettes';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
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

/**
 * The living page: the content script's own session and watcher (as entrypoints/content/index.ts
 * wires them, with no background to send to) on a page that keeps appending paragraphs.
 */
const living = {
  /** Starts the session and the watcher; resolves once the first scan is done. */
  async watch(compact: CompactTopic[]): Promise<void> {
    const session = new PageSession({
      lexicon: compileLexicon(expandTopics(compact)),
      isHidden,
      send: () => Promise.resolve(undefined),
      pause: yieldToPage,
    });
    session.applySettings(DEFAULT_SETTINGS);
    await session.scanAll(document);
    watchPage(document, {
      onAdded: async (roots) => {
        for (const root of roots) await session.scanAdded(root);
      },
      onNavigate: () => session.scanAll(document),
      isOwn: () => false,
    });
  },

  /** The page's side: appends the given paragraphs a batch at a time, like a live blog or an infinite feed. */
  async append(paragraphs: string[], batch: number, everyMs: number): Promise<void> {
    const section = document.querySelector('main section') ?? document.body;
    for (let i = 0; i < paragraphs.length; i += batch) {
      const holder = document.createElement('div');
      holder.innerHTML = paragraphs.slice(i, i + batch).join('');
      section.append(...Array.from(holder.childNodes));
      await new Promise((ok) => setTimeout(ok, everyMs));
    }
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
(globalThis as unknown as { __living: typeof living }).__living = living;
