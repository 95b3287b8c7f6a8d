import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../entrypoints/content/script-context';

// The content script's own context and WXT's, which an older or newer build of the extension may
// carry, on one page: each must stop the other when it starts after it.
describe('the content script context', () => {
  beforeEach(() => {
    const { window, document, CustomEvent } = parseHTML('<!doctype html><html><body></body></html>');
    vi.stubGlobal('document', document);
    vi.stubGlobal('CustomEvent', CustomEvent);
    vi.stubGlobal('window', Object.assign(window, { postMessage: () => undefined }));
    // WXT names its event after the entrypoint the build defines.
    vi.stubEnv('ENTRYPOINT', 'content');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('stops an older script built with WXT\'s context, and is stopped by a newer one', async () => {
    // Imported after the entrypoint's name is set: WXT names its event when the module loads.
    const { ContentScriptContext: WxtContext } = await import('wxt/utils/content-script-context');
    const older = new WxtContext('content', {});
    const ours = new ContentScriptContext('content');
    const oursStopped = vi.fn();
    ours.onInvalidated(oursStopped);
    expect(older.isInvalid).toBe(true);
    expect(oursStopped).not.toHaveBeenCalled();
    const newer = new WxtContext('content', {});
    expect(oursStopped).toHaveBeenCalledOnce();
    expect(newer.isInvalid).toBe(false);
  });

  it('stops an older copy of itself, not a script of another name', () => {
    const other = new ContentScriptContext('other');
    const older = new ContentScriptContext('content');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const ours = new ContentScriptContext('content');
    const oursStopped = vi.fn();
    const otherStopped = vi.fn();
    ours.onInvalidated(oursStopped);
    other.onInvalidated(otherStopped);
    expect(stopped).toHaveBeenCalledOnce();
    void new ContentScriptContext('another');
    expect(oursStopped).not.toHaveBeenCalled();
    expect(otherStopped).not.toHaveBeenCalled();
  });

  it('drops its listeners when it stops', () => {
    const ours = new ContentScriptContext('content');
    const heard = vi.fn();
    const target = new EventTarget();
    ours.addEventListener(target, 'keydown', heard);
    target.dispatchEvent(new Event('keydown'));
    expect(heard).toHaveBeenCalledOnce();
    void new ContentScriptContext('content');
    target.dispatchEvent(new Event('keydown'));
    expect(heard).toHaveBeenCalledOnce();
  });
});
