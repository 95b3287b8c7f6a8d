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

export const BADGE_GREEN = '#1d6b48';
export const BADGE_RED = '#b3261e';

/** The badge counts matched facts; it is red when a figure on the page conflicts with the sources. */
export async function showBadge(browser: WxtBrowser, tabId: number, facts: number, conflicts = 0): Promise<void> {
  const action = actionApi(browser);
  await action.setBadgeBackgroundColor({ tabId, color: conflicts > 0 ? BADGE_RED : BADGE_GREEN });
  const text = facts > 0 ? String(facts) : conflicts > 0 ? '!' : '';
  await action.setBadgeText({ tabId, text });
}
