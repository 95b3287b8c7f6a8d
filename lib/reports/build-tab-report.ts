import { factsForPage } from '../matching/facts-for-page';
import type { LoadedPack } from '../matching/load-pack';
import type { PageScannedRequest, SourceRef, TabReport } from '../messages/protocol';

/** Turns a content script's scan into the report the popup shows. */
export function buildTabReport(loaded: LoadedPack, scan: PageScannedRequest, url: string, now: number): TabReport {
  const facts = factsForPage(loaded, scan.sentences).sort((a, b) => b.score - a.score);
  const sources: Record<string, SourceRef> = {};
  for (const fact of facts) {
    const s = loaded.pack.sources.find((src) => src.id === fact.sourceId);
    if (s) sources[s.id] = { id: s.id, title: s.title, outlet: s.outlet, date: s.date };
  }
  return { url, topics: scan.topics, facts, sources, scannedAt: now };
}
