import type { Topic } from './topic-types';

/**
 * The lexicon as the content script carries it: [id, label, kind, terms], each term a string with a
 * trailing "*" when it inflects. Case sensitivity is not stored: a term is a name, matched only
 * capitalised, exactly when it is written with a capital letter (the rule the lexicon is built by).
 */
export type CompactTopic = [id: string, label: string, kind: 'e' | 'p', terms: string[]];

const hasCapital = (text: string) => /\p{Lu}/u.test(text);

export function compactTopics(topics: readonly Topic[]): CompactTopic[] {
  return topics.map((t) => [
    t.id,
    t.label,
    t.kind === 'entity' ? 'e' : 'p',
    t.terms.map((term) => {
      if (term.caseSensitive !== hasCapital(term.text) || term.text.includes('*')) {
        throw new Error(`topic "${t.label}": term "${term.text}" cannot be carried compactly`);
      }
      return term.inflects ? `${term.text}*` : term.text;
    }),
  ]);
}

export function expandTopics(compact: readonly CompactTopic[]): Topic[] {
  return compact.map(([id, label, kind, terms]) => ({
    id,
    label,
    kind: kind === 'e' ? 'entity' : 'phrase',
    terms: terms.map((raw) => {
      const inflects = raw.endsWith('*');
      const text = inflects ? raw.slice(0, -1) : raw;
      return { text, inflects, caseSensitive: hasCapital(text) };
    }),
  }));
}
