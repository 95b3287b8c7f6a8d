import type { Topic } from './topic-types';

/**
 * Topics of several source sets as one list: a topic two sets share (same id) appears once with the
 * terms of both, so a word on the page is found, and counted, once.
 */
export function mergeTopics(...lists: ReadonlyArray<readonly Topic[]>): Topic[] {
  const byId = new Map<string, Topic>();
  for (const list of lists) {
    for (const t of list) {
      const seen = byId.get(t.id);
      if (!seen) {
        byId.set(t.id, { ...t, terms: [...t.terms] });
        continue;
      }
      const have = new Set(seen.terms.map((x) => `${x.text}|${x.caseSensitive}|${x.inflects}`));
      for (const term of t.terms) if (!have.has(`${term.text}|${term.caseSensitive}|${term.inflects}`)) seen.terms.push(term);
    }
  }
  return [...byId.values()];
}
