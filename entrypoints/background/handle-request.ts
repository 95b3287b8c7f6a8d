import type { Browser, WxtBrowser } from 'wxt/browser';
import type { LoadedPack } from '../../lib/matching/load-pack';
import { InvalidMessage, parseRequest, type Request, type Responses } from '../../lib/messages/protocol';
import { analyzeScan, mergeReports } from '../../lib/reports/build-tab-report';
import { loadReport, saveReport, showBadge } from './tab-reports';

export interface BackgroundDeps {
  browser: WxtBrowser;
  pack: () => Promise<LoadedPack>;
  now: () => number;
}

function fromExtensionPage(browser: WxtBrowser, sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

function fromTopFrameContentScript(browser: WxtBrowser, sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0;
}

/**
 * The background's one dispatcher: validates the message, checks who sent it, answers with a
 * promise. A malformed or misdirected message is logged and answered with undefined.
 */
export async function handleRequest(
  deps: BackgroundDeps,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Responses[Request['type']] | undefined> {
  let request: Request;
  try {
    request = parseRequest(message);
  } catch (err) {
    if (err instanceof InvalidMessage) console.warn('[Source Context] dropped message:', err.message);
    return undefined;
  }
  const { browser } = deps;
  switch (request.type) {
    case 'page-scanned': {
      if (!fromTopFrameContentScript(browser, sender)) return undefined;
      const tabId = sender.tab!.id!;
      const { report: fresh, marks } = analyzeScan(await deps.pack(), request, sender.url ?? sender.tab?.url ?? '', deps.now());
      const previous = request.mode === 'append' ? await loadReport(browser, tabId) : null;
      const report = previous ? mergeReports(previous, fresh) : fresh;
      await saveReport(browser, tabId, report);
      const conflicts = report.figures.filter((f) => f.verdict === 'conflicts').length;
      await showBadge(browser, tabId, report.facts.length, conflicts);
      return { facts: report.facts.length, marks };
    }
    case 'get-report': {
      if (!fromExtensionPage(browser, sender)) return undefined;
      return loadReport(browser, request.tabId);
    }
  }
}
