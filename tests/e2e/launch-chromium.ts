/// <reference types="chrome" />
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, requireBuild } from './extension-dirs';

export interface ChromiumWithExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The id of a page's tab, found as the active tab: the extension has no "tabs" permission. */
  tabIdOf: (page: Page) => Promise<number>;
  openPopupFor: (page: Page) => Promise<Page>;
  openPopupForTab: (tabId: number) => Promise<Page>;
}

/** Debian's Chromium, headless, with the built extension and nothing that calls home. */
export async function launchChromium(): Promise<ChromiumWithExtension> {
  const dir = requireBuild(CHROME_BUILD);
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The worker may have been stopped and started again since launch: always ask the current one.
  const currentWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    const id = await (await currentWorker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    if (typeof id !== 'number') throw new Error(`no tab for ${page.url()}`);
    return id;
  };
  const openPopupForTab = async (tabId: number) => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 440, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    return popup;
  };
  const openPopupFor = async (page: Page) => openPopupForTab(await tabIdOf(page));
  return { context, worker, extensionId, tabIdOf, openPopupFor, openPopupForTab };
}
