/// <reference types="chrome" />
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TEXTS, SCREENSHOT_DIR } from './extension-dirs';
import { useChromiumWithFixtures } from './use-chromium';
import { buildPackFromDir } from '../../lib/node/read-source-dir';

const chromium = useChromiumWithFixtures();
const OWN = resolve(import.meta.dirname, '../fixtures/own-sources');

async function openOptions(): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Sources' }).waitFor();
  return page;
}

/** Each set as the reader sees it: name, then each source's name and details. */
async function listed(options: Page): Promise<string[][]> {
  return options.locator('fieldset.source-set').evaluateAll((sets) =>
    sets.map((s) => [
      s.querySelector('legend')!.textContent!,
      ...[...s.querySelectorAll('.source-row')].map((r) => `${r.querySelector('.source-title')!.textContent} | ${r.querySelector('.help')!.textContent}`),
    ]),
  );
}

describe('Chromium: the reader\'s own sources', () => {
  it('imports two files through the options page; a page on their story gets its topics highlighted and a quote in the popup', async () => {
    const options = await openOptions();
    await options.locator('input[name="set-name"]').fill('Ferry story');
    await options.locator('input[name="set-files"]').setInputFiles([join(OWN, 'ferry-opening.txt'), join(OWN, 'ferry-islanders.md')]);
    await options.getByRole('button', { name: 'Create set' }).click();
    await options.locator('fieldset.source-set .source-row').nth(1).waitFor();
    const [set] = await listed(options);
    expect(set![0]).toBe('Ferry story');
    expect(set![1]).toMatch(/^Norbay Ferry Line To The Skerry Islands Opens Two Months Late \| \d+ words$/);
    expect(set![2]).toMatch(/^Islanders Welcome The Ferry, Worry About Fares \| Skerry Weekly · 2026-03-04 · \d+ words$/);
    await options.locator('.sources-section').screenshot({ path: `${SCREENSHOT_DIR}/chromium-own-sources.png` });

    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/own-sources-ferry.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 1`);
    const words = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-topic')`)) as string[];
    expect(words).toEqual(expect.arrayContaining(['Skerry Islands', 'Norbay Harbour Authority', 'Ilsa Marrow']));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chromium-own-sources-page.png` });
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: /Matching facts \(\d+\)/ }).waitFor();
    const fact = popup.locator('li.fact:not(.figure)').first();
    expect(await fact.locator('blockquote').innerText()).toContain('The first crossing from Norbay to the Skerry Islands carried 1,200 passengers');
    expect(await fact.innerText()).toContain('Norbay Ferry Line To The Skerry Islands Opens Two Months Late');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/chromium-own-sources-popup.png`, fullPage: true });
    // The link opens the reader's own source, from IndexedDB, with the quoted sentence marked.
    const source = await chromium.context.newPage();
    await source.goto((await fact.locator('a').getAttribute('href'))!);
    await source.locator('mark').waitFor();
    expect(await source.locator('mark').innerText()).toContain('carried 1,200 passengers');
    expect(await source.locator('h1').innerText()).toBe('Norbay Ferry Line To The Skerry Islands Opens Two Months Late');
    expect(await source.locator('.kicker').innerText()).toBe('Your source');
    await Promise.all([source.close(), popup.close(), page.close(), options.close()]);
  });

  it('exports a set and imports the same set back; a corrupt file or a binary source changes nothing', async () => {
    const options = await openOptions();
    await options.locator('fieldset.source-set').first().waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('fieldset.source-set button.export').first().click()]);
    const file = join(tmpdir(), `ferry-export-${process.pid}.json`);
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).sources).toHaveLength(2);
    const before = await listed(options);

    await options.locator('input[name="import-set"]').setInputFiles(file);
    await options.locator('fieldset.source-set').nth(before.length).waitFor();
    const after = await listed(options);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length]).toEqual(before[0]);

    const corrupt = join(tmpdir(), `corrupt-${process.pid}.json`);
    writeFileSync(corrupt, '{"kind":"source-context-set","version":1,"name":"Broken","sources":[{"name":"a.txt"');
    await options.locator('input[name="import-set"]').setInputFiles(corrupt);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('not a JSON file');
    const notExport = join(tmpdir(), `not-export-${process.pid}.json`);
    writeFileSync(notExport, '{"settings":{}}');
    await options.locator('input[name="import-set"]').setInputFiles(notExport);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('not a Source Context set export');
    await options.locator('fieldset.source-set input.add-files').first().setInputFiles([
      { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) },
      { name: 'fine.txt', mimeType: 'text/plain', buffer: readFileSync(join(OWN, 'ferry-opening.txt')) },
    ]);
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('photo.txt: binary data');
    expect(await listed(options)).toEqual(after);
    await options.reload();
    await options.locator('fieldset.source-set').nth(after.length - 1).waitFor();
    expect(await listed(options)).toEqual(after);
    await options.close();
  });

  it('adds dropped files and pasted text, renames, turns off and deletes sources', async () => {
    const options = await openOptions();
    const set = options.locator('fieldset.source-set').first();
    await set.waitFor();
    const rows = set.locator('.source-row');
    const start = await rows.count();
    await set.evaluate((el) => {
      const dt = new DataTransfer();
      dt.items.add(new File(['The Norbay Harbour Authority will add a night crossing to the Skerry Islands in June, the council said.'], 'night.txt', { type: 'text/plain' }));
      dt.items.add(new File(['# Night Ferry Plan Draws Praise\n\nIlsa Marrow said the Skerry Islands night crossing would run on Fridays.'], 'night.md'));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => rows.count()).toBe(start + 2);
    await set.locator('input[name="title"]').fill('My notes from the harbour');
    await set.locator('textarea[name="text"]').fill('The Norbay Harbour Authority said the Skerry Islands ferry line was fully booked on Saturday.');
    await set.getByRole('button', { name: 'Add text' }).click();
    await expect.poll(() => rows.count()).toBe(start + 3);
    const last = rows.last();
    expect(await last.locator('.source-title').textContent()).toBe('My notes from the harbour');

    await last.getByRole('button', { name: 'Rename' }).click();
    await last.getByRole('textbox').fill('Harbour notes');
    await last.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rows.last().locator('.source-title').textContent()).toBe('Harbour notes');
    await rows.last().getByRole('checkbox').click();
    await expect.poll(() => rows.last().getByRole('checkbox').isChecked()).toBe(false);
    await rows.last().getByRole('button', { name: 'Delete' }).click();
    await rows.last().getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => rows.count()).toBe(start + 2);
    await options.close();
  });

  it('adds the open page as a source from the popup', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/own-sources-ferry.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`);
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('button', { name: 'Add this page as a source' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 }).toContain('Added to “Pages I added”');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/chromium-add-page-popup.png` });
    const options = await openOptions();
    await options.locator('fieldset.source-set legend', { hasText: 'Pages I added' }).waitFor();
    const sets = await listed(options);
    const added = sets.find((s) => s[0] === 'Pages I added')!;
    expect(added).toHaveLength(2);
    expect(added[1]).toMatch(/^Ferry week on the islands \| \d+ words$/);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('turns the bundled set off: its topics are no longer highlighted, the reader\'s still are', async () => {
    const options = await openOptions();
    const bundled = options.locator('input[name="bundled"]');
    await expect.poll(() => bundled.isChecked()).toBe(true);
    await bundled.click();
    await expect.poll(() => bundled.isChecked()).toBe(false);
    await options.getByText('Saved. Pages opened from now on use it.').waitFor();
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/russia-calls.html`);
    const ferry = await chromium.context.newPage();
    await ferry.goto(`${chromium.origin}/own-sources-ferry.html`);
    await ferry.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`);
    await page.waitForTimeout(500);
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-topic')`)).toBeNull();
    await bundled.click();
    await expect.poll(() => bundled.isChecked()).toBe(true);
    await page.reload();
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`);
    await Promise.all([page.close(), ferry.close(), options.close()]);
  });

  it('imports a pack written by npm run build-pack', async () => {
    const file = join(tmpdir(), `ferry-pack-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(buildPackFromDir(OWN)));
    const options = await openOptions();
    await options.locator('fieldset.source-set').first().waitFor();
    const count = await options.locator('fieldset.source-set').count();
    await options.locator('input[name="import-set"]').setInputFiles(file);
    await options.locator('fieldset.source-set').nth(count).waitFor();
    const sets = await listed(options);
    expect(sets[count]![0]).toBe(`ferry-pack-${process.pid}`);
    expect(sets[count]!.slice(1).map((row) => row.split(' | ')[0])).toEqual([
      'Islanders Welcome The Ferry, Worry About Fares',
      'Norbay Ferry Line To The Skerry Islands Opens Two Months Late',
    ]);
    await options.close();
  });
});
