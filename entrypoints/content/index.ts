import topics from 'virtual:source-topics';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageScannedRequest, ResponseFor } from '../../lib/messages/protocol';
import { hiddenByAttributes } from '../../lib/page/read-page-text';
import { scanPage } from '../../lib/page/scan-page';
import { compileLexicon } from '../../lib/topics/find-mentions';
import { rangesFor, setHighlight, TOPIC_HIGHLIGHT } from './highlight-ranges';
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
    try {
      (await browser.runtime.sendMessage(request)) as ResponseFor<PageScannedRequest>;
    } catch (err) {
      console.debug('[Source Context] background unavailable', err);
    }
  },
});
