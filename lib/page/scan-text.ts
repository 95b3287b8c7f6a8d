import type { PageSentence } from '../matching/match-facts';
import { countMentions, findMentions, type CompiledLexicon } from '../topics/find-mentions';
import type { Mention, TopicCount } from '../topics/topic-types';
import { candidateSentences } from './candidate-sentences';
import { readPageText, type PageText, type ReadOptions } from './read-page-text';

/** A text's topics and the sentences to match against the sources. */
export interface TextScan {
  mentions: Mention[];
  topics: TopicCount[];
  /** Sentences with topic mentions, to be matched against the sources. */
  sentences: PageSentence[];
}

/** Reads a document and finds what of the source set it mentions, in one go. Standard DOM only. */
export function scanPage(doc: Document, lexicon: CompiledLexicon, options: ReadOptions = {}): TextScan & { page: PageText } {
  const page = readPageText(doc, options);
  return { page, ...scanText(page.text, lexicon) };
}

/** The same for plain text. */
export function scanText(text: string, lexicon: CompiledLexicon): TextScan {
  const mentions = findMentions(text, lexicon);
  if (mentions.length === 0) return { mentions, topics: [], sentences: [] };
  return { mentions, topics: countMentions(mentions, lexicon), sentences: candidateSentences(text, mentions) };
}
