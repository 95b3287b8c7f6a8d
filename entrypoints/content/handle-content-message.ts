import type { Browser } from 'wxt/browser';
import { InvalidMessage, parseContentRequest, type PageSourceReply } from '../../lib/messages/protocol';

export interface ContentActions {
  focusNext: () => void;
  showOnPage: (sentence: string, figure: string | null) => boolean;
  /** Absent where pages are not read for sources (tests of other requests). */
  readPageSource?: () => PageSourceReply;
}

/**
 * The content script's one dispatcher. Only this extension's own pages and background may ask it
 * anything (never another content script, never a web page); malformed requests are dropped.
 */
export async function handleContentMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  self: { id: string; origin: string },
  actions: ContentActions,
): Promise<{ shown: boolean } | { ok: true } | PageSourceReply | undefined> {
  // The background and the popup have extension URLs; a content script's sender is a web page.
  if (sender.id !== self.id || !sender.url?.startsWith(self.origin)) return undefined;
  let request;
  try {
    request = parseContentRequest(message);
  } catch (err) {
    if (err instanceof InvalidMessage) console.warn('[Source Context] dropped message:', err.message);
    return undefined;
  }
  switch (request.type) {
    case 'show-on-page':
      return { shown: actions.showOnPage(request.sentence, request.figure) };
    case 'focus-next-highlight':
      actions.focusNext();
      return { ok: true };
    case 'read-page-source':
      return actions.readPageSource?.();
  }
}
