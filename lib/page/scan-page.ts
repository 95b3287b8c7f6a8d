import type { PageSentence } from '../matching/match-facts';
import { countMentions, findMentions, type CompiledLexicon } from '../topics/find-mentions';
import type { Mention, TopicCount } from '../topics/topic-types';
import { candidateSentences, candidateSentencesInSlices } from './candidate-sentences';
import { warmSentenceSegmenter } from '../text/split-sentences';
import { readAroundTerms } from './read-around-terms';
import { readPageText, type PageText, type ReadOptions } from './read-page-text';

export interface PageScan {
  page: PageText;
  /** Text nodes the scan has covered (with or without mentions); `page.nodes` when it read them all. */
  walked?: Text[];
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
  return findings(text, findMentions(text, lexicon), lexicon);
}

/** Topic counts and candidate sentences for the mentions found in a text. */
function findings(text: string, mentions: Mention[], lexicon: CompiledLexicon): Omit<PageScan, 'page'> {
  if (mentions.length === 0) return { mentions, topics: [], sentences: [] };
  return { mentions, topics: countMentions(mentions, lexicon), sentences: candidateSentences(text, mentions) };
}

/**
 * Longest stretch of scanning between two pauses. Well under the 50 ms that makes a long task, and
 * long enough that the pauses themselves (a task turn each) stay a small part of the scan.
 */
export const SLICE_MS = 12;

/** Characters of text searched for mentions between two checks of the clock. */
const MENTION_SLICE_CHARS = 20_000;

export interface SliceOptions extends ReadOptions {
  /** Gives the page a turn; resolves when the scan may go on. */
  pause: () => Promise<void>;
  /** Longest stretch of work between pauses, in milliseconds. */
  sliceMs: number;
  now?: () => number;
  /**
   * Called once the mentions are found, before the sentences around them are split: the highlights
   * need no sentences, so the page can show them before that work (and, on a fresh browser, the
   * segmenter's first use) is done.
   */
  beforeSentences?: (found: { page: PageText; mentions: Mention[] }) => Promise<void>;
}

/**
 * The same scan as scanPage (the whole document's main text read lazily: see readAroundTerms), cut into slices of at most `sliceMs` with a pause between them, so that
 * a huge page never sees one long task. Mentions never cross a line, so the text is searched a few
 * lines at a time.
 */
export async function scanPageInSlices(doc: Document, lexicon: CompiledLexicon, options: SliceOptions): Promise<PageScan> {
  const now = options.now ?? (() => performance.now());
  let deadline = now() + options.sliceMs;
  const more = () => now() < deadline;
  const breathe = async () => {
    if (more()) return;
    await options.pause();
    deadline = now() + options.sliceMs;
  };

  let page: PageText;
  let walked: Text[] | undefined;
  if (options.root) {
    // Text added later: its subtree read whole, in one go (a page adds a few paragraphs at a time),
    // as its own root for the rules.
    page = readPageText(doc, options);
  } else {
    ({ page, walked } = await readAroundTerms(doc, lexicon, options.isHidden, more, async () => {
      await options.pause();
      deadline = now() + options.sliceMs;
    }));
  }
  const text = page.text;
  const mentions: Mention[] = [];
  for (let from = 0; from < text.length; ) {
    // Cut at a line end, or inside one huge line at a sentence end: no mention spans either.
    let cut = text.indexOf('\n', from + MENTION_SLICE_CHARS);
    if (cut < 0 || cut - from > 4 * MENTION_SLICE_CHARS) {
      const sentenceEnd = text.indexOf('. ', from + MENTION_SLICE_CHARS);
      if (sentenceEnd >= 0 && (cut < 0 || sentenceEnd < cut)) cut = sentenceEnd + 1;
    }
    const to = cut < 0 ? text.length : cut;
    for (const m of findMentions(text.slice(from, to), lexicon)) mentions.push({ ...m, start: m.start + from, end: m.end + from });
    from = to;
    await breathe();
  }
  if (options.beforeSentences) {
    await options.beforeSentences({ page, mentions });
    deadline = now() + options.sliceMs;
  }
  if (mentions.length > 0) {
    // The segmenter's first use loads ICU data: a task of its own, not part of a longer one.
    await options.pause();
    warmSentenceSegmenter();
    await options.pause();
    deadline = now() + options.sliceMs;
  }
  if (mentions.length === 0) return { page, walked, mentions, topics: [], sentences: [] };
  // A page dense with mentions has many lines to split: a line at a time, between pauses.
  const sentences = await candidateSentencesInSlices(text, mentions, breathe);
  return { page, walked, mentions, topics: countMentions(mentions, lexicon), sentences };
}
