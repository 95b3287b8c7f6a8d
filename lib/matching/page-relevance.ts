import type { SourcePack } from '../pack/pack-types';

/** Share of the sources that must mention a topic for it to be one of the set's core topics. */
const CORE_SHARE = 0.6;

/** Named entities that most sources mention: what the source set as a whole is about. */
export function coreTopics(pack: SourcePack): string[] {
  const entities = new Set(pack.topics.filter((t) => t.kind === 'entity').map((t) => t.id));
  const sourcesPerTopic = new Map<string, Set<string>>();
  for (const s of pack.sentences) {
    for (const t of s.topics) {
      if (!entities.has(t)) continue;
      const set = sourcesPerTopic.get(t) ?? new Set<string>();
      set.add(s.sourceId);
      sourcesPerTopic.set(t, set);
    }
  }
  const needed = Math.max(1, Math.ceil(pack.sources.length * CORE_SHARE));
  return [...sourcesPerTopic].filter(([, set]) => set.size >= needed).map(([t]) => t);
}

/**
 * How much of the source set's core the page covers, 0..1. A page on WhatsApp in another country
 * names WhatsApp but little else of the core, and is not checked against the sources' facts.
 */
export function pageRelevance(pageTopics: Iterable<string>, core: readonly string[]): number {
  if (core.length === 0) return 0;
  const present = new Set(pageTopics);
  return core.filter((t) => present.has(t)).length / core.length;
}

export const MIN_RELEVANCE = 0.3;
