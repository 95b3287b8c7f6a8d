import type { PageSentence } from '../matching/match-facts';
import { countMentions, findMentions, type CompiledLexicon } from '../topics/find-mentions';
import type { Mention, TopicCount } from '../topics/topic-types';
import { candidateSentences } from './candidate-sentences';
import { readPageText, type PageText, type ReadOptions } from './read-page-text';

export interface PageScan {
  page: PageText;
  mentions: Mention[];
  topics: TopicCount[];
  /** Sentences with topic mentions, to be matched against the sources. */
  sentences: PageSentence[];
}

/** Reads a document and finds what of the source set it mentions. Standard DOM only. */
export function scanPage(doc: Document, lexicon: CompiledLexicon, options: ReadOptions = {}): PageScan {
  const page = readPageText(doc, options);
  return { page, ...scanText(page.text, lexicon) };
}

/** The same for plain text: topics and the sentences to match. */
export function scanText(text: string, lexicon: CompiledLexicon): Omit<PageScan, 'page'> {
  const mentions = findMentions(text, lexicon);
  if (mentions.length === 0) return { mentions, topics: [], sentences: [] };
  return { mentions, topics: countMentions(mentions, lexicon), sentences: candidateSentences(text, mentions) };
}
