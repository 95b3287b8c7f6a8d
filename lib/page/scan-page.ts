import { countMentions, findMentions, mentionsAt, type CompiledLexicon } from '../topics/find-mentions';
import type { Mention, TopicCount } from '../topics/topic-types';
import { candidateLines, type PageLine } from './candidate-lines';
import { readAroundTerms } from './read-around-terms';
import { readPageText, type PageText, type ReadOptions } from './read-page-text';

/** What the content script finds on a page: the background splits the lines into sentences. */
export interface PageScan {
  page: PageText;
  /** Text nodes the scan has covered (with or without mentions); `page.nodes` when it read them all. */
  walked?: Text[];
  mentions: Mention[];
  topics: TopicCount[];
  /** The lines that hold the candidate sentences (see candidateLines). */
  lines: PageLine[];
}

/** Two lists of mentions, each in page order, as one. */
function inPageOrder(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.start < b[j]!.start) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * Longest stretch of scanning between two pauses. Well under the 50 ms that makes a long task, with
 * room for what may land in the same task (a young-generation collection: 5-12 ms, twice that when
 * the machine is slow; a slice also overruns by up to a few ms), and long enough that the pauses
 * themselves (a task turn each) stay a small part of the scan. 12 ms let one slow run's task reach
 * 52 ms; 8 ms cost the dense 100k-word scan no time in an A/B (12 warm loads each).
 */
export const SLICE_MS = 8;

/** Characters of text searched for mentions between two checks of the clock. */
const MENTION_SLICE_CHARS = 20_000;
/** Places where a term may start looked at between two checks of the clock. */
const MENTION_SLICE_STARTS = 2_000;

export interface SliceOptions extends ReadOptions {
  /** Gives the page a turn; resolves when the scan may go on. */
  pause: () => Promise<void>;
  /** Longest stretch of work between pauses, in milliseconds. */
  sliceMs: number;
  now?: () => number;
  /** Lines with mentions read whole before hit nodes are taken alone (readAroundTerms' default: FULL_LINES). */
  fullLines?: number;
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
  let termAt: number[] | undefined;
  let sentencesUntil = Infinity;
  let aloneMentions: Mention[] = [];
  let formatChars = true;
  if (options.root) {
    // Text added later: its subtree read whole, in one go (a page adds a few paragraphs at a time),
    // as its own root for the rules.
    page = readPageText(doc, options);
  } else {
    ({ page, walked, termAt, aloneMentions, sentencesUntil, formatChars } = await readAroundTerms(
      doc,
      lexicon,
      options.isHidden,
      more,
      async () => {
        await options.pause();
        deadline = now() + options.sliceMs;
      },
      options.fullLines,
    ));
  }
  const text = page.text;
  let mentions: Mention[] = [];
  // A format character may hide a word's first letters (see findMentions): then every word is looked at.
  if (termAt && !formatChars) {
    // The places the lazy reading found: a slice of them at a time.
    let resumeAt = 0;
    for (let i = 0; i < termAt.length; i += MENTION_SLICE_STARTS) {
      resumeAt = mentionsAt(text, lexicon, termAt, mentions, resumeAt, i, Math.min(i + MENTION_SLICE_STARTS, termAt.length));
      await breathe();
    }
    if (aloneMentions.length > 0) mentions = inPageOrder(mentions, aloneMentions);
  } else for (let from = 0; from < text.length; ) {
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
  if (mentions.length === 0) return { page, walked, mentions, topics: [], lines: [] };
  // Past `sentencesUntil` the text holds hit nodes alone, not whole lines: no sentences come from there.
  const inLines = sentencesUntil < text.length ? mentions.filter((m) => m.start < sentencesUntil) : mentions;
  return { page, walked, mentions, topics: countMentions(mentions, lexicon), lines: candidateLines(sentencesUntil < text.length ? text.slice(0, sentencesUntil) : text, inLines) };
}
