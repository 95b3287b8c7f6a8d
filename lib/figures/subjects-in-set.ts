import type { Topic } from '../topics/topic-types';
import type { Figure } from './figure-types';
import { nameKey } from './find-names';

/** What a source set calls things: its own topics, and the subject and place keys its figures use. */
export interface SetVocabulary {
  topics: ReadonlyMap<string, Topic>;
  knows(key: string): boolean;
}

/**
 * A page is read once, with the topics of every set in use; a set that lacks one of them read its own
 * texts without it, so it names the same thing by a name key ("pavel durov", where another set has the
 * topic "durov"). A page figure's subjects and place are put in the set's own terms before the set
 * judges it: a topic the set lacks becomes whichever of its names' keys the set's figures use. A figure
 * with nothing to put differently is returned as it is.
 */
export function inSetTerms(figure: Figure, readWith: ReadonlyMap<string, Topic>, set: SetVocabulary): Figure {
  const own = (key: string): string => {
    if (set.topics.has(key) || set.knows(key)) return key;
    const topic = readWith.get(key);
    if (!topic) return key;
    for (const name of [topic.label, ...topic.terms.map((t) => t.text)]) {
      const k = nameKey(name);
      if (set.knows(k)) return k;
    }
    return key;
  };
  const subjects = figure.subjects.map(own);
  const scope = figure.scope === null ? null : own(figure.scope);
  const changed = scope !== figure.scope || subjects.some((s, i) => s !== figure.subjects[i]);
  return changed ? { ...figure, subjects, scope } : figure;
}
