import type { WxtBrowser } from 'wxt/browser';
import { isTabReport, type TabReport } from '../../lib/messages/protocol';

/**
 * Per-tab reports live in session storage: the MV3 service worker may be stopped at any moment,
 * and session storage outlives it (and is cleared when the browser closes).
 */
const key = (tabId: number) => `report:${tabId}`;

export async function saveReport(browser: WxtBrowser, tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: report });
}

export async function loadReport(browser: WxtBrowser, tabId: number): Promise<TabReport | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return isTabReport(stored) ? stored : null;
}

export async function clearReport(browser: WxtBrowser, tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

function actionApi(browser: WxtBrowser) {
  // Chrome MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
  return browser.action ?? (browser as unknown as { browserAction: WxtBrowser['action'] }).browserAction;
}

export async function showBadge(browser: WxtBrowser, tabId: number, facts: number): Promise<void> {
  const action = actionApi(browser);
  await action.setBadgeBackgroundColor({ tabId, color: '#1d6b48' });
  await action.setBadgeText({ tabId, text: facts > 0 ? String(facts) : '' });
}
