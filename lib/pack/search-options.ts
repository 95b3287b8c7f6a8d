import type { Options } from 'minisearch';
import { contentTerms } from '../text/content-terms';

interface IndexedSentence {
  id: number;
  text: string;
}

/** One set of options for building the index at build time and loading it in the extension. */
export const SEARCH_OPTIONS: Options<IndexedSentence> = {
  fields: ['text'],
  idField: 'id',
  tokenize: (text: string) => contentTerms(text),
  processTerm: (term: string) => term,
  searchOptions: { combineWith: 'OR' },
};
