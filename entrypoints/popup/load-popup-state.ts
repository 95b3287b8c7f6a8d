import type { WxtBrowser } from 'wxt/browser';
import type { PopupState } from '../../components/popup-state';
import type { GetReportRequest, ResponseFor } from '../../lib/messages/protocol';

// Pages where browsers run no extension content scripts.
const RESTRICTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return RESTRICTED_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'));
}

/** The tab the popup describes: `?tab=<id>` when given (tests, links), else the active tab. */
async function targetTab(browser: WxtBrowser, search: string) {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return browser.tabs.get(Number(param));
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

export async function loadPopupState(browser: WxtBrowser, search: string): Promise<PopupState> {
  const tab = await targetTab(browser, search);
  if (!tab?.id) return { kind: 'error', message: 'No tab to describe.' };
  const request: GetReportRequest = { type: 'get-report', tabId: tab.id };
  const report = (await browser.runtime.sendMessage(request)) as ResponseFor<GetReportRequest> | undefined;
  if (report) return { kind: 'report', report };
  if (tab.url && isRestrictedUrl(tab.url)) return { kind: 'restricted', url: tab.url };
  return { kind: 'empty' };
}
