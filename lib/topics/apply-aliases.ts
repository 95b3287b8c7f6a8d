import { topicId } from './topic-id';
import type { Topic, TopicTerm } from './topic-types';

/**
 * The hand-kept alias file: for a derived topic's label, other names and Russian forms.
 * A trailing "*" marks a form whose words take inflectional endings ("Роскомнадзор*" also finds
 * "Роскомнадзора"). An alias that is itself a derived topic merges that topic in.
 */
export interface AliasFile {
  topics: Record<string, string[]>;
}

export interface AliasResult {
  topics: Topic[];
  /** Alias keys that name no derived topic: aliases never invent topics the sources lack. */
  unknownKeys: string[];
}

export function parseAliasFile(json: unknown): AliasFile {
  if (typeof json !== 'object' || json === null || !('topics' in json)) {
    throw new Error('alias file: expected an object with a "topics" map');
  }
  const topics = (json as { topics: unknown }).topics;
  if (typeof topics !== 'object' || topics === null || Array.isArray(topics)) {
    throw new Error('alias file: "topics" must map a topic label to a list of aliases');
  }
  for (const [key, list] of Object.entries(topics)) {
    if (!Array.isArray(list) || !list.every((a) => typeof a === 'string' && a.trim() !== '')) {
      throw new Error(`alias file: aliases of "${key}" must be a list of non-empty strings`);
    }
  }
  return { topics: topics as Record<string, string[]> };
}

function aliasTerm(alias: string): TopicTerm {
  // "Павел* Дуров*": every starred word takes endings; matching lets all words of such a term inflect.
  const inflects = alias.includes('*');
  const text = alias.replace(/\*/gu, '');
  // Written with a capital, it is a name and matches only capitalised; lowercase forms match any case.
  return { text, inflects, caseSensitive: /\p{Lu}/u.test(text) };
}

export function applyAliases(derived: readonly Topic[], aliases: AliasFile): AliasResult {
  const byId = new Map(derived.map((t) => [t.id, { ...t, terms: [...t.terms] }]));
  const merged = new Set<string>();
  const unknownKeys: string[] = [];
  for (const [label, list] of Object.entries(aliases.topics)) {
    const topic = byId.get(topicId(label));
    if (!topic) {
      unknownKeys.push(label);
      continue;
    }
    for (const alias of list) {
      const aliasId = topicId(alias.replace(/\*$/u, ''));
      const other = byId.get(aliasId);
      if (other && other !== topic) {
        topic.terms.push(...other.terms);
        merged.add(aliasId);
      } else {
        topic.terms.push(aliasTerm(alias));
      }
    }
  }
  return { topics: [...byId.values()].filter((t) => !merged.has(t.id)), unknownKeys };
}
