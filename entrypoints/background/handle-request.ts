import type { Browser, WxtBrowser } from 'wxt/browser';
import type { LoadedPack } from '../../lib/matching/load-pack';
import { InvalidMessage, parseRequest, type Request, type Responses } from '../../lib/messages/protocol';
import { sentencesOfLines } from '../../lib/page/candidate-sentences';
import { analyzeScan, mergeReports } from '../../lib/reports/build-tab-report';
import { analyzeScanAcross, type SourceSets } from '../../lib/reports/analyze-across-sets';
import { loadReport, saveReport, showBadge } from './tab-reports';

export interface BackgroundDeps {
  browser: WxtBrowser;
  pack: () => Promise<LoadedPack>;
  /** Every set in use (bundled if on, then the reader's own); when given, pages are checked against all. */
  packs?: () => Promise<SourceSets>;
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
      const url = sender.url ?? sender.tab?.url ?? '';
      const scan = { topics: request.topics, sentences: sentencesOfLines(request.lines) };
      const { report: fresh, marks } = deps.packs
        ? analyzeScanAcross(await deps.packs(), scan, url, deps.now())
        : analyzeScan(await deps.pack(), scan, url, deps.now());
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
