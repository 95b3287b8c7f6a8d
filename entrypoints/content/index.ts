import topics from 'virtual:source-topics';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageScannedRequest, ResponseFor } from '../../lib/messages/protocol';
import { hiddenByAttributes } from '../../lib/page/read-page-text';
import { scanPage } from '../../lib/page/scan-page';
import { compileLexicon } from '../../lib/topics/find-mentions';
import { AGREE_HIGHLIGHT, CONFLICT_HIGHLIGHT, rangesFor, setHighlight, TOPIC_HIGHLIGHT } from './highlight-ranges';
import './highlights.css';

function isHidden(el: Element): boolean {
  if (hiddenByAttributes(el)) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main() {
    const scan = scanPage(document, compileLexicon(topics), { isHidden });
    // A page without topics costs one text pass and nothing else: no highlight, no message.
    if (scan.mentions.length === 0) return;
    setHighlight(TOPIC_HIGHLIGHT, rangesFor(document, scan.page, scan.mentions));
    const request: PageScannedRequest = { type: 'page-scanned', topics: scan.topics, sentences: scan.sentences };
    let reply: ResponseFor<PageScannedRequest> | undefined;
    try {
      reply = (await browser.runtime.sendMessage(request)) as ResponseFor<PageScannedRequest> | undefined;
    } catch (err) {
      console.debug('[Source Context] background unavailable', err);
    }
    if (!reply || !Array.isArray(reply.figures)) return;
    const within = (m: { start: number; end: number }) =>
      Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= scan.page.text.length;
    const marks = reply.figures.filter(within);
    setHighlight(CONFLICT_HIGHLIGHT, rangesFor(document, scan.page, marks.filter((m) => m.verdict === 'conflicts')), 1);
    setHighlight(AGREE_HIGHLIGHT, rangesFor(document, scan.page, marks.filter((m) => m.verdict === 'agrees')), 1);
  },
});
