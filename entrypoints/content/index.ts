import topics from 'virtual:source-topics';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readOwnSources } from '../../extension/own-sources';
import { onStoredSettingsChange, readStoredSettings } from '../../extension/stored-settings';
import { isPageScannedReply, MAX_PAGE_SOURCE_CHARS, type PageScannedRequest, type PageSourceReply } from '../../lib/messages/protocol';
import { readPageText } from '../../lib/page/read-page-text';
import { PALETTES } from '../../lib/settings/palettes';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../../lib/settings/settings';
import { expandTopics } from '../../lib/topics/compact-topics';
import { compileLexicon } from '../../lib/topics/find-mentions';
import { mergeTopics } from '../../lib/topics/merge-topics';
import { HighlightCard } from './card';
import { HighlightLayer } from './highlight-ranges';
import { isHidden } from './is-hidden';
import { handleContentMessage } from './handle-content-message';
import { PageSession, type MarkHit } from './page-session';
import { watchPage } from './watch-page';
import { yieldToPage } from './yield-to-page';


async function send(request: PageScannedRequest) {
  try {
    const reply: unknown = await browser.runtime.sendMessage(request);
    return isPageScannedReply(reply) ? reply : undefined;
  } catch (err) {
    console.debug('[Source Context] background unavailable', err);
    return undefined;
  }
}

/** Points at text under the mouse: caretPositionFromPoint (standard), else caretRangeFromPoint. */
function textPointAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function isNextHighlightKey(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyS';
}

/** Resolves once the page's DOMContentLoaded handlers have run. */
function pageParsed(): Promise<void> {
  const handled = () => new Promise<void>((ok) => setTimeout(ok, 0));
  if (document.readyState !== 'loading') return handled();
  return new Promise((ok) => document.addEventListener('DOMContentLoaded', () => void handled().then(ok), { once: true }));
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // In Chromium at document start, only to put the highlight styles in before the page is parsed:
  // added to a parsed page they restyle all of it (80-150 ms on a 100k-word page). The page is read
  // once parsed. Firefox stays at document idle: started early there, it lost the highlights of
  // shadow roots and frames (e2e), cause not yet found.
  runAt: { chrome: 'document_start', firefox: 'document_idle' },
  // The build gives the script its own context (./script-context.ts): only what that one has is used.
  async main(ctx: Pick<ContentScriptContext, 'addEventListener' | 'onInvalidated'>) {
    let early: HighlightLayer | undefined;
    if (document.readyState === 'loading') {
      early = new HighlightLayer(document);
      early.setPalette(PALETTES[DEFAULT_SETTINGS.palette]);
    }
    // Both reads at once, and the lexicon compiled, while the page is parsed (in Chromium): it does
    // not depend on the page, and the scan then starts as soon as the page is there.
    // The reader's own sets add their topics (published in local storage); the bundled set can be off.
    const lexiconReady = readOwnSources(browser).then((own) => compileLexicon(mergeTopics(own.bundled ? expandTopics(topics) : [], expandTopics(own.topics))));
    const [stored, lexicon] = await Promise.all([readStoredSettings(browser), lexiconReady]);
    let settings: Settings = stored;
    // A task of its own for the first slice of the scan, whatever ran before it.
    await pageParsed();
    const session = new PageSession({ lexicon, isHidden, send, pause: yieldToPage, layer: early });
    session.applySettings(settings);
    const card = new HighlightCard(document);
    let stopWatching: (() => void) | null = null;
    let running = false;
    let current: MarkHit | null = null;

    const enabledHere = () => isSiteEnabled(settings, location.hostname);

    const start = async () => {
      running = true;
      // Watch before the first scan: text a page adds while that scan waits for the background
      // would otherwise be missed for good. It is read once the first scan is done, unless that
      // scan already read it.
      let firstScan: Promise<void> = Promise.resolve();
      stopWatching = watchPage(document, {
        onAdded: async (roots) => {
          await firstScan;
          for (const root of roots) if (!session.hasRead(root)) await session.scanAdded(root);
        },
        onNavigate: async () => {
          await firstScan;
          card.hide();
          current = null;
          await session.scanAll(document);
        },
        isOwn: (node) => card.isOwn(node),
      });
      firstScan = session.scanAll(document);
      await firstScan;
    };

    const stop = () => {
      running = false;
      stopWatching?.();
      stopWatching = null;
      card.hide();
      session.clear();
    };

    const focusNext = () => {
      if (!running) return;
      current = session.nextMark(current);
      if (!current) return;
      (current.range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      card.show(current.mark, current.range, true);
    };

    const showOnPage = (sentence: string, figure: string | null) => {
      const range = running ? session.rangeForText(sentence, figure) : null;
      if (!range) return false;
      (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center', behavior: 'smooth' });
      session.flash(range);
      return true;
    };

    // "Add this page as a source": the page's main text as the reader sees it, read only when asked.
    const readPageSource = (): PageSourceReply => ({
      title: document.title.slice(0, 1000),
      url: location.href.slice(0, 4000),
      text: readPageText(document, { isHidden }).text.slice(0, MAX_PAGE_SOURCE_CHARS),
    });

    // Hover: find the mark under the pointer once per frame at most.
    let pointer: { x: number; y: number } | null = null;
    let frame = 0;
    ctx.addEventListener(document, 'mousemove', (e: MouseEvent) => {
      if (!running) return;
      pointer = { x: e.clientX, y: e.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!pointer || card.contains(document.elementFromPoint(pointer.x, pointer.y))) return;
        const at = textPointAt(document, pointer.x, pointer.y);
        const hit = at ? session.markAt(at.node, at.offset) : null;
        if (hit) {
          current = hit;
          card.show(hit.mark, hit.range, false);
        }
      });
    }, { passive: true });
    ctx.addEventListener(document, 'mousedown', (e: MouseEvent) => {
      if (card.open && !card.contains(e.target as Node)) card.hide();
    }, { capture: true });
    let scrolled = 0;
    ctx.addEventListener(window, 'scroll', () => {
      card.follow();
      // A long page's drawn highlights follow the screen, looked at once a frame at most.
      if (running && !scrolled) scrolled = requestAnimationFrame(() => {
        scrolled = 0;
        session.follow();
      });
    }, { passive: true, capture: true });
    // Frames load on their own schedule; a same-origin one is read when it is ready.
    ctx.addEventListener(document, 'load', (e: Event) => {
      if (running && e.target instanceof HTMLIFrameElement) void session.scanFrame(e.target);
    }, { capture: true });
    ctx.addEventListener(document, 'keydown', (e: KeyboardEvent) => {
      if (e.key === 'Escape' && card.open) card.hide();
      else if (isNextHighlightKey(e)) {
        e.preventDefault();
        focusNext();
      }
    }, { capture: true });

    // The content script has no polyfill: Chromium answers only through sendResponse (the listener
    // returning true keeps the channel open), which Firefox accepts as well.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
      void handleContentMessage(message, sender, self, { focusNext, showOnPage, readPageSource }).then(sendResponse, () => sendResponse(undefined));
      return true;
    });

    const unwatch = onStoredSettingsChange(browser, (next) => {
      const wasEnabled = running;
      settings = next;
      session.applySettings(settings);
      if (wasEnabled && !enabledHere()) stop();
      else if (!wasEnabled && enabledHere()) void start();
    });
    ctx.onInvalidated(() => {
      unwatch();
      stop();
    });

    if (enabledHere()) await start();
  },
});
