import { browser } from 'wxt/browser';

interface StartedDetail {
  contentScriptName?: string;
  messageId?: string;
}

/** The document event a content script fires when it starts, named as WXT names it. */
export function scriptStartedEvent(contentScriptName: string): string {
  return `${browser.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
}

/**
 * The content script's life, used in place of WXT's ContentScriptContext (the build aliases it here
 * for the content script only): WXT's brings a location watcher, timers, a logger and a window
 * message this script does not use, about 2.5 KB of every page's load. What index.ts may use of it
 * is typed there: addEventListener and onInvalidated. It keeps the part that
 * matters between versions of the extension: on start it fires the same document event WXT's does,
 * and it stops when a newer copy fires it, so after an update the old and new scripts never both run,
 * whichever context either was built with. No window.postMessage: every page could see it.
 */
export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #id = Math.random().toString(36).slice(2);
  readonly #eventName: string;

  constructor(contentScriptName: string) {
    this.#eventName = scriptStartedEvent(contentScriptName);
    const detail: StartedDetail = { contentScriptName, messageId: this.#id };
    document.dispatchEvent(new CustomEvent(this.#eventName, { detail }));
    const onStarted = (event: Event) => {
      const started = (event as CustomEvent<StartedDetail | undefined>).detail;
      if (started?.contentScriptName === contentScriptName && started.messageId !== this.#id) this.#invalidate();
    };
    document.addEventListener(this.#eventName, onStarted);
    this.onInvalidated(() => document.removeEventListener(this.#eventName, onStarted));
  }

  onInvalidated(cb: () => void): () => void {
    this.#controller.signal.addEventListener('abort', cb);
    return () => this.#controller.signal.removeEventListener('abort', cb);
  }

  /** A listener that lives as long as this script. */
  addEventListener<K extends keyof DocumentEventMap>(
    target: EventTarget,
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.#controller.signal });
  }

  #invalidate(): void {
    this.#controller.abort('Content script context invalidated');
  }
}
