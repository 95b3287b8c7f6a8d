import type { WxtBrowser } from 'wxt/browser';
import type { PopupState, SiteState } from '../../components/popup-state';
import type { GetReportRequest, ResponseFor } from '../../lib/messages/protocol';
import { isSiteEnabled, normalizeHost, type Settings } from '../../lib/settings/settings';

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

export interface PopupData {
  tabId: number | null;
  state: PopupState;
  site: SiteState | null;
}

export async function loadPopupState(browser: WxtBrowser, search: string, settings: Settings): Promise<PopupData> {
  const tab = await targetTab(browser, search);
  if (!tab?.id) return { tabId: null, state: { kind: 'error', message: 'No tab to describe.' }, site: null };
  const request: GetReportRequest = { type: 'get-report', tabId: tab.id };
  const report = (await browser.runtime.sendMessage(request)) as ResponseFor<GetReportRequest> | undefined;
  // The tab's address is known with activeTab (a click on the button); else the report has it.
  const url = tab.url ?? report?.url ?? '';
  const restricted = url !== '' && isRestrictedUrl(url);
  const host = !restricted && url ? normalizeHost(url) : '';
  const site = host ? { host, enabled: isSiteEnabled(settings, host) } : null;
  let state: PopupState;
  if (restricted) state = { kind: 'restricted', url };
  else if (site && !site.enabled) state = { kind: 'off' };
  else if (report) state = { kind: 'report', report };
  else state = { kind: 'empty' };
  return { tabId: tab.id, state, site };
}
