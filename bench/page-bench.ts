/**
 * Runs inside the benchmark page (bundled to one script): the three things compared in one page
 * load. Nothing here talks to an extension; it is the content script's own scan code.
 */
import Mark from 'mark.js';
import { drawRanges, fillsWindow } from '../entrypoints/content/draw-ranges';
import { HighlightLayer, lazyRanges } from '../entrypoints/content/highlight-ranges';
import { isHidden } from '../entrypoints/content/is-hidden';
import { PageSession } from '../entrypoints/content/page-session';
import { watchPage } from '../entrypoints/content/watch-page';
import { yieldToPage } from '../entrypoints/content/yield-to-page';
import { parseDates } from '../lib/figures/parse-date';
import { parseQuantities } from '../lib/figures/parse-quantity';
import type { PageLine } from '../lib/page/candidate-lines';
import { sentencesOfLines } from '../lib/page/candidate-sentences';
import { scanPageInSlices, SLICE_MS } from '../lib/page/scan-page';
import { PALETTES } from '../lib/settings/palettes';
import { DEFAULT_SETTINGS } from '../lib/settings/settings';
import { expandTopics, type CompactTopic } from '../lib/topics/compact-topics';
import { compileLexicon, type CompiledLexicon } from '../lib/topics/find-mentions';

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

/** The lines the last scan (b) would send to the background. */
let lastLines: PageLine[] = [];
/** Their candidate sentences, as the background splits them. */
let lastSentences: string[] = [];

/** The highlight layer made at document start, as the content script makes it in Chromium. */
let early: HighlightLayer | undefined;
/** The lexicon compiled at document start, while the page is parsed, as the content script compiles it. */
let earlyLexicon: CompiledLexicon | undefined;
/** How long compiling it took (not part of (b): the page was not there yet). */
let compileMs = NaN;

const bench = {
  /**
   * At document start: the highlight style sheet goes in before the page is parsed, and the lexicon
   * (when given) is compiled, as the content script does once its storage reads are in.
   */
  early(compact?: CompactTopic[]): void {
    early = new HighlightLayer(document);
    early.setPalette(PALETTES[DEFAULT_SETTINGS.palette]);
    if (compact) {
      const t0 = performance.now();
      earlyLexicon = compileLexicon(expandTopics(compact));
      compileMs = performance.now() - t0;
    }
  },

  /** How long compiling the lexicon at document start took. */
  compileMs(): number {
    return compileMs;
  },

  /** (a) The floor: a bare TreeWalker pass reading every text node. */
  floor(): { ms: number; chars: number } {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return { ms: performance.now() - t0, chars };
  },

  /**
   * (b) Source Context's scan of the parsed page: text index, topic mentions, highlight registration
   * and the lines the content script sends, in the session's order, with the lexicon compiled at
   * document start as the content script compiles it while the page is parsed; ranges made as they
   * are registered, in one registry change, the screen's first (a long page only a window around it),
   * on the layer whose style sheet went in at document start. A traced load (`keep`) keeps its
   * highlights and waits for the frames that draw them, so the trace holds the rendering they cause;
   * otherwise they are removed for mark.js.
   */
  async scan(compact: CompactTopic[], keep = false): Promise<{ ms: number; longestTask: number; mentions: number }> {
    const longTasks = watchLongTasks();
    const t0 = performance.now();
    // Compiled at document start when the page load had the lexicon then; else here.
    const lexicon = earlyLexicon ?? compileLexicon(expandTopics(compact));
    let layer: HighlightLayer | null = null;
    const scan = await scanPageInSlices(document, lexicon, { isHidden, pause: yieldToPage, sliceMs: SLICE_MS });
    if (scan.mentions.length > 0) {
      // As the session does: a full window of ranges is drawn in a slice of its own.
      if (fillsWindow(scan.mentions.length)) await yieldToPage();
      layer = early ?? new HighlightLayer(document);
      layer.setPalette(PALETTES[DEFAULT_SETTINGS.palette]);
      drawRanges(layer, 'topic', lazyRanges(document, scan.page, scan.mentions));
    }
    const ms = performance.now() - t0;
    lastLines = scan.lines;
    const longestTask = await longTasks.stop();
    if (keep) await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    else (layer as HighlightLayer | null)?.clear();
    return { ms, longestTask, mentions: scan.mentions.length };
  },

  /**
   * Not part of (b): the background's split of the last scan's lines into candidate sentences, timed
   * here in the page (in the extension it runs in the background, off the page's thread).
   */
  sentences(): { ms: number; count: number } {
    const t0 = performance.now();
    lastSentences = sentencesOfLines(lastLines).map((s) => s.text);
    return { ms: performance.now() - t0, count: lastSentences.length };
  },

  /** The figures of those sentences: the background reads them too. */
  figures(): number {
    let figures = 0;
    for (const s of lastSentences) figures += parseQuantities(s).length + parseDates(s).length;
    return figures;
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
  /**
   * Starts the session and the watcher in entrypoints/content/index.ts's order: watching first, so
   * text added while the first scan runs is read once it is done (unless that scan read it); resolves
   * once the first scan is done.
   */
  async watch(compact: CompactTopic[]): Promise<void> {
    const session = new PageSession({
      lexicon: compileLexicon(expandTopics(compact)),
      isHidden,
      send: () => Promise.resolve(undefined),
      pause: yieldToPage,
      layer: early,
    });
    session.applySettings(DEFAULT_SETTINGS);
    let firstScan: Promise<void> = Promise.resolve();
    watchPage(document, {
      onAdded: async (roots) => {
        await firstScan;
        for (const root of roots) if (!session.hasRead(root)) await session.scanAdded(root);
      },
      onNavigate: async () => {
        await firstScan;
        await session.scanAll(document);
      },
      isOwn: () => false,
    });
    firstScan = session.scanAll(document);
    await firstScan;
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
