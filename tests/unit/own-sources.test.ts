import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { checkOwnSources, NO_OWN_SOURCES, OWN_SOURCES_KEY, readOwnSources } from '../../extension/own-sources';

describe('the own-sources record the content script reads', () => {
  it('passes a well-formed record and falls back to the bundled set alone on anything else', async () => {
    const good = { bundled: false, topics: [['ferry', 'ferry', 'p', ['ferry', 'ferries']]], revision: 3 };
    expect(checkOwnSources(good)).toEqual(good);
    for (const bad of [undefined, null, 'x', { ...good, bundled: 'no' }, { ...good, topics: [['a', 'b', 'x', []]] }, { ...good, topics: [['a', 'b', 'p', [1]]] }, { ...good, revision: '1' }]) {
      expect(checkOwnSources(bad)).toEqual(NO_OWN_SOURCES);
    }
    fakeBrowser.reset();
    expect(await readOwnSources(browser)).toEqual(NO_OWN_SOURCES);
    await fakeBrowser.storage.local.set({ [OWN_SOURCES_KEY]: good });
    expect(await readOwnSources(browser)).toEqual(good);
  });
});
