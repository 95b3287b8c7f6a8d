import type { Topic } from '../topics/topic-types';
import type { TextWithMentions } from './read-figures';

const BEFORE_PLACE = /(?:^|[^\p{L}])(in|inside|across|within|throughout|outside|в|во)\s+(?:the\s+)?$/iu;

/**
 * Entity topics used as places: names the texts put after "in" ("in Russia", "в России") in at
 * least `minShare` of their mentions and at least twice. "functionality in Telegram" once among
 * dozens of Telegram mentions does not make Telegram a place.
 */
export function findPlaceTopics(texts: readonly TextWithMentions[], topics: ReadonlyMap<string, Topic>, minShare = 0.1): Set<string> {
  const total = new Map<string, number>();
  const after = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.mentions) {
      if (topics.get(m.topicId)?.kind !== 'entity') continue;
      total.set(m.topicId, (total.get(m.topicId) ?? 0) + 1);
      const before = t.text.slice(Math.max(0, m.start - t.start - 12), m.start - t.start);
      if (BEFORE_PLACE.test(before)) after.set(m.topicId, (after.get(m.topicId) ?? 0) + 1);
    }
  }
  const places = new Set<string>();
  for (const [id, n] of after) if (n >= 2 && n / total.get(id)! >= minShare) places.add(id);
  return places;
}

const MONTH_OR_TIME = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)$/iu;

/** "in X" scopes named in a text: place topic ids, or lowercased capitalised names ("india"). */
export function scopesIn(t: TextWithMentions, places: ReadonlySet<string>, topics: ReadonlyMap<string, Topic>): Array<{ scope: string; at: number }> {
  const out: Array<{ scope: string; at: number }> = [];
  const re = /(?:^|[^\p{L}])(?:[Ii]n|[Ii]nside|[Aa]cross|[Ww]ithin|[Tt]hroughout|[Вв]о?)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu;
  for (const m of t.text.matchAll(re)) {
    const wordStart = t.start + m.index + m[0].length - m[1]!.length;
    const mention = t.mentions.find((x) => x.start === wordStart);
    if (mention) {
      if (places.has(mention.topicId)) out.push({ scope: mention.topicId, at: wordStart });
      continue;
    }
    if (MONTH_OR_TIME.test(m[1]!) || topics.has(m[1]!.toLowerCase())) continue;
    out.push({ scope: m[1]!.toLowerCase(), at: wordStart });
  }
  for (const m of t.text.matchAll(/(?<![\p{L}])(worldwide|globally|around the world|across the world|по всему миру|в мире)(?![\p{L}])/giu)) {
    out.push({ scope: 'world', at: t.start + m.index });
  }
  return out;
}

/** The place a whole text is about: the scope it names most often, if any. */
export function mainScope(texts: readonly TextWithMentions[], places: ReadonlySet<string>, topics: ReadonlyMap<string, Topic>): string | null {
  const counts = new Map<string, number>();
  for (const t of texts) for (const { scope } of scopesIn(t, places, topics)) counts.set(scope, (counts.get(scope) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [scope, n] of counts) if (n > bestCount) [best, bestCount] = [scope, n];
  return best;
}
