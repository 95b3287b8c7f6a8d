import { describe, expect, it } from 'vitest';
import { handleContentMessage } from '../../entrypoints/content/handle-content-message';
import { isPageSourceReply, MAX_PAGE_SOURCE_CHARS, parseContentRequest } from '../../lib/messages/protocol';

describe('"Add this page as a source" messages', () => {
  const self = { id: 'ext', origin: 'chrome-extension://ext/' };
  const reply = { title: 'Ferry week', url: 'http://127.0.0.1/ferry.html', text: 'The ferry ran all week.' };

  it('the content script answers only the extension\'s own pages with the page text', async () => {
    expect(parseContentRequest({ type: 'read-page-source' })).toEqual({ type: 'read-page-source' });
    const actions = { focusNext: () => undefined, showOnPage: () => false, readPageSource: () => reply };
    expect(await handleContentMessage({ type: 'read-page-source' }, { id: 'ext', url: 'chrome-extension://ext/popup.html' }, self, actions)).toEqual(reply);
    expect(await handleContentMessage({ type: 'read-page-source' }, { id: 'ext', url: 'https://evil.example/' }, self, actions)).toBeUndefined();
    expect(await handleContentMessage({ type: 'read-page-source' }, { id: 'other', url: 'chrome-extension://other/popup.html' }, self, actions)).toBeUndefined();
  });

  it('the popup takes only a well-formed reply', () => {
    expect(isPageSourceReply(reply)).toBe(true);
    for (const bad of [null, {}, { ...reply, text: 5 }, { ...reply, title: 'x'.repeat(1001) }, { ...reply, text: 'x'.repeat(MAX_PAGE_SOURCE_CHARS + 1) }]) {
      expect(isPageSourceReply(bad)).toBe(false);
    }
  });
});
