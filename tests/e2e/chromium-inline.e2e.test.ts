/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_DRAWN } from '../../entrypoints/content/draw-ranges';
import { HIGHLIGHT_TEXTS, SCREENSHOT_DIR } from './extension-dirs';
import { readCard } from './read-card';
import { useChromiumWithFixtures } from './use-chromium';

const chromium = useChromiumWithFixtures();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const highlight = (page: Page, name: string) => page.evaluate(`(${HIGHLIGHT_TEXTS})('${name}')`) as Promise<string[] | null>;
const waitForHighlight = (page: Page, name: string, text: string) =>
  page.waitForFunction(`((${HIGHLIGHT_TEXTS})('${name}') || []).includes(${JSON.stringify(text)})`, undefined, { timeout: 25_000 });

async function setSettings(value: unknown) {
  await chromium.worker.evaluate(async (v) => {
    await chrome.storage.sync.set({ settings: v, settings$: { v: 2 } });
  }, value);
}

const DEFAULTS = { enabled: true, disabledSites: [], show: { topics: true, facts: true, agree: true, conflict: true }, palette: 'classic' };

describe('Chromium: living pages', () => {
  it('highlights text that arrives after load, and the popup report includes it', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/living.html`);
    await waitForHighlight(page, 'source-context-conflict', 'about 60 million');
    expect(await highlight(page, 'source-context-agree')).toContain('about 96 million');
    // The page's own timers kept running while the extension worked.
    const ticks = await page.evaluate(() => (window as unknown as { pageState: { ticks: number } }).pageState.ticks);
    expect(ticks).toBeGreaterThan(5);
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: 'Conflicting figures (1)' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('reads text added while its first scan was still waiting for the background, once', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/living-early.html`);
    await waitForHighlight(page, 'source-context-conflict', 'about 60 million');
    // Every update read, and read exactly once: the story's Telegram and one in each of the 50 updates.
    const telegrams = async () => ((await highlight(page, 'source-context-topic')) ?? []).filter((t) => t === 'Telegram').length;
    for (let waited = 0; (await telegrams()) < 51 && waited < 20_000; waited += 200) await page.waitForTimeout(200);
    await page.waitForTimeout(500);
    expect(await telegrams()).toBe(51);
    expect(await highlight(page, 'source-context-conflict')).toEqual(['about 60 million']);
    await page.close();
  });

  it('rescans after a pushState navigation and replaces the report', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/living.html`);
    await waitForHighlight(page, 'source-context-conflict', 'about 60 million');
    await page.evaluate(() => (window as unknown as { goToSecondStory: () => void }).goToSecondStory());
    await waitForHighlight(page, 'source-context-conflict', '14 August');
    expect(await highlight(page, 'source-context-conflict')).toEqual(['14 August']);
    expect(await highlight(page, 'source-context-agree')).toBeNull();
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: 'Conflicting figures (1)' }).waitFor();
    expect(await popup.locator('.figure.conflict').textContent()).toContain('14 August');
    await popup.close();
    await page.close();
  });

  it('reads open shadow roots and same-origin frames', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/nested.html`);
    await page.waitForFunction(`((${HIGHLIGHT_TEXTS})('source-context-topic') || []).includes('Russia')`);
    expect(await highlight(page, 'source-context-topic')).toEqual(expect.arrayContaining(['Telegram', 'WhatsApp', 'Russia']));
    const frameWords = await page
      .frameLocator('#frame')
      .locator('body')
      .evaluate(() => {
        const h = CSS.highlights.get('source-context-topic');
        return h ? [...h].map((r) => (r as Range).toString()) : null;
      });
    expect(frameWords).toEqual(expect.arrayContaining(['Roskomnadzor', 'WhatsApp', 'Telegram']));
    await page.close();
  });
});

describe('Chromium: long pages', () => {
  // Which paragraphs (data-i) hold a registered topic highlight.
  const drawnParagraphs = (page: Page) =>
    page.evaluate(() => {
      const h = CSS.highlights.get('source-context-topic');
      return h ? [...h].map((r) => Number((r as Range).startContainer.parentElement?.dataset.i ?? -1)) : [];
    });

  it('registers a window of highlights around the screen, and it follows the reader down the page', async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${chromium.origin}/long.html`);
    await page.waitForFunction((size) => (CSS.highlights.get('source-context-topic')?.size ?? 0) >= size, MAX_DRAWN);
    let drawn = await drawnParagraphs(page);
    expect(drawn).toHaveLength(MAX_DRAWN);
    expect(drawn).toContain(0);
    expect(drawn).not.toContain(1999);
    // To the end of the page: the last paragraphs get their highlights, the window keeps its size.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => [...(CSS.highlights.get('source-context-topic') ?? [])].some((r) => (r as Range).startContainer.parentElement?.dataset.i === '1999'));
    drawn = await drawnParagraphs(page);
    expect(drawn).toHaveLength(MAX_DRAWN);
    expect(drawn).not.toContain(0);
    // Back to the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => [...(CSS.highlights.get('source-context-topic') ?? [])].some((r) => (r as Range).startContainer.parentElement?.dataset.i === '0'));
    await page.close();
  });
});

describe('Chromium: cards and show on page', () => {
  it('opens the next highlight\'s card by keyboard, with a concise label and the source quote', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/figures-conflict.html`);
    await waitForHighlight(page, 'source-context-close', 'roughly 97 million');
    await page.keyboard.press('Alt+Shift+S');
    await page.waitForFunction(() => document.activeElement?.tagName === 'SOURCE-CONTEXT-CARD');
    const card = await readCard(page);
    expect(card?.label).toBe('roughly 97 million: close to 2 sources, within rounding');
    expect(card?.text).toContain('Close to the sources');
    expect(card?.text).toContain('According to data from Mediascope, WhatsApp has about 96 million active users');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chromium-card.png` });
    // The next press moves on to the next figure.
    await page.keyboard.press('Alt+Shift+S');
    await page.waitForFunction(async () => true);
    expect((await readCard(page))?.label).toBe('about 60 million: conflicts with 2 sources');
    await page.keyboard.press('Escape');
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it('opens a card on hover and closes it on a click elsewhere', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/figures-agree.html`);
    await waitForHighlight(page, 'source-context-agree', 'about 96 million');
    const box = (await page.evaluate(() => {
      const range = [...CSS.highlights.get('source-context-agree')!][0] as Range;
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })) as { x: number; y: number };
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => document.querySelector('source-context-card') !== null);
    expect((await readCard(page))?.label).toBe('about 96 million: agrees with 2 sources; 2 disagree');
    await page.mouse.click(5, 5);
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it('scrolls the page to a passage from the popup and flashes it', async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`${chromium.origin}/living.html`);
    await waitForHighlight(page, 'source-context-agree', 'millions');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: /Figures the sources confirm/ }).waitFor();
    await popup.locator('li.figure.agree', { hasText: 'deletes millions' }).getByRole('button', { name: 'Show on page' }).click();
    await page.waitForFunction(() => window.scrollY > 500);
    expect(await highlight(page, 'source-context-flash')).toEqual(['millions']);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: settings', () => {
  it('turns off for a site from the popup, live, stays off there, and turns back on', async () => {
    await setSettings(DEFAULTS);
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/russia-calls.html`);
    await waitForHighlight(page, 'source-context-topic', 'WhatsApp');
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('button', { name: 'Turn off on 127.0.0.1' }).click();
    // The open page loses its highlights without a reload, and the popup says it is off.
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic') === null`);
    await popup.getByRole('heading', { name: 'Source Context is off here' }).waitFor();
    // Another page on the excluded site gets nothing.
    const other = await chromium.context.newPage();
    await other.goto(`${chromium.origin}/figures-conflict.html`);
    await other.waitForTimeout(800);
    expect(await highlight(other, 'source-context-topic')).toBeNull();
    await popup.getByRole('button', { name: 'Turn on for 127.0.0.1' }).click();
    await waitForHighlight(page, 'source-context-topic', 'WhatsApp');
    await Promise.all([popup.close(), other.close(), page.close()]);
  });

  it('hides a kind of highlight live when the options page says so', async () => {
    await setSettings(DEFAULTS);
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/figures-conflict.html`);
    await waitForHighlight(page, 'source-context-conflict', 'thousands');
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await options.getByLabel('Figures that conflict with the sources').uncheck();
    await options.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-conflict') === null`);
    expect(await highlight(page, 'source-context-topic')).toContain('Telegram');
    await options.screenshot({ path: `${SCREENSHOT_DIR}/chromium-options.png`, fullPage: true });
    await options.close();
    await setSettings(DEFAULTS);
    await page.close();
  });

  it('shows a notice and uses defaults when the stored settings are corrupt', async () => {
    await chromium.worker.evaluate(async () => {
      await chrome.storage.sync.set({ settings: 'not settings at all', settings$: { v: 2 } });
    });
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await options.getByRole('alert').waitFor();
    expect(await options.getByRole('alert').textContent()).toMatch(/could not be read/);
    expect(await options.getByLabel('Highlight and check pages').isChecked()).toBe(true);
    await options.close();
    await setSettings(DEFAULTS);
  });
});

describe('Chromium: popup accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious axe violations (${scheme})`, async () => {
      const page = await chromium.context.newPage();
      await page.goto(`${chromium.origin}/figures-conflict.html`);
      await waitForHighlight(page, 'source-context-conflict', 'thousands');
      const popup = await chromium.openPopupFor(page);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('heading', { name: 'Conflicting figures (3)' }).waitFor();
      await popup.evaluate(AXE);
      const violations = (await popup.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`)) as Array<{ id: string; impact: string }>;
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      await popup.screenshot({ path: `${SCREENSHOT_DIR}/chromium-popup-${scheme}.png`, fullPage: true });
      // Keyboard: Tab reaches the first control.
      await popup.keyboard.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
      await popup.close();
      await page.close();
    });
  }
});
