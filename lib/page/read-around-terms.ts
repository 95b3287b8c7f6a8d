import { mentionsAt, type CompiledLexicon } from '../topics/find-mentions';
import type { Mention } from '../topics/topic-types';
import { hasFormatChar, wordCharAt, wordCharBefore } from '../text/word-chars';
import { termStarts, termStartsAt } from '../topics/term-starts';
import { MAX_CANDIDATES } from './candidate-lines';
import { hiddenByAttributes, type HiddenCheck, isBlock, lastAtOrBefore, mainCandidates, nestedAt, pickMainRoot, readingWalker, rejects, stepsFrom, TextBuilder, textSteps, type PageText, type TextStep } from './read-page-text';

// Spelled out so this module needs no DOM globals at import time.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FRAME_TAGS = new Set(['iframe', 'frame']);
/**
 * Lines with mentions read whole, in page order, before hit nodes are taken alone: the candidate
 * sentences come from the first MAX_CANDIDATES lines with mentions. A line counts when its hit node
 * holds a mention read on its own; a tenth more for the few that the line read whole does not keep.
 */
export const FULL_LINES = MAX_CANDIDATES + MAX_CANDIDATES / 10;
/** Nodes walked between two looks at the clock (never an await per node: that would cost more than the walk). */
const CLOCK_EVERY = 512;
/** Hit nodes between two looks at the clock: each costs far more than a step of a walk (its rules, its mentions). */
const HITS_PER_CLOCK = 32;
/**
 * Characters of joined text from which the term pattern's one pass (about 1 ms per 150,000 on a
 * fresh page) starts a slice of its own, so that it never lengthens one that is nearly done.
 */
const OWN_SLICE_TEXT = 100_000;
const INVISIBLE = /\p{Cf}/gu;

export interface AroundTerms {
  /** The lines read, as the full reader reads them, joined in page order. */
  page: PageText;
  /** Every text node the walk looked at: what this scan has covered, mentions or not. */
  walked: Text[];
  /**
   * Where in `page.text` a term may start, ascending (what termStarts would give for it, found from
   * the pass over the joined text): the mentions are looked for there, not by a second pass.
   */
  termAt: number[];
  /** The mentions of the hit nodes taken alone (found when they were taken), in page order. */
  aloneMentions: Mention[];
  /** Up to where `page.text` holds whole lines for candidate sentences; after it, hit nodes taken alone. */
  sentencesUntil: number;
  /** Whether the text walked holds an invisible format character (then the text read may too). */
  formatChars: boolean;
}

/** Whether a character code may be part of a word: ASCII letters and digits, and anything from U+00AA on (ª is a letter, ² a digit). */
function wordy(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code >= 0xaa;
}

/**
 * The main text of a page as readPageText reads it, but only the lines that may hold a topic
 * mention and the line after each (candidate sentences look at it). One plain walk over the text
 * nodes (no JavaScript per element), one pass of the term pattern over their joined text; the page
 * rules (skipped tags, forms, hidden, navigation...) are decided only for the text nodes the pattern
 * points at, walking up with a per-element cache, so a page that mentions nothing pays for no
 * element. Each line is read by the full reader's own steps from the block that opens it, so every
 * mention is found at the same DOM position as a full read finds it.
 *
 * One difference, by construction: a word whose first letters are split by text the reader skips
 * (`Tele<span hidden>x</span>gram`) is not found.
 */
export async function readAroundTerms(
  doc: Document,
  lexicon: CompiledLexicon,
  isHidden: HiddenCheck = hiddenByAttributes,
  more: () => boolean = () => true,
  pause: () => Promise<void> = () => Promise.resolve(),
  fullLines = FULL_LINES,
): Promise<AroundTerms> {
  const builder = new TextBuilder();
  const body = doc.body;
  if (!body) return { page: builder.finish(), walked: [], termAt: [], aloneMentions: [], sentencesUntil: 0, formatChars: false };
  const owner = body.ownerDocument ?? doc;

  // 1. Every text node of the body and their text joined as it stands: a walk that shows text only,
  // as the floor's does (showing elements too cost as much again on a 100k-word page), asking each
  // node its length only (no string made for it); the text itself comes from one native call.
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let count = 0;
  const walker = owner.createTreeWalker(body, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++count % CLOCK_EVERY === 0 && !more()) await pause();
    const size = (n as Text).length;
    if (!size) continue;
    nodes.push(n as Text);
    starts.push(length);
    length += size;
  }
  let raw = body.textContent ?? '';
  // textContent holds what the walk does not show (the CDATA sections of an XHTML page): then the nodes' own text.
  if (raw.length !== length) raw = nodes.map((n) => n.data).join('');
  if (!more()) await pause();
  /** Nodes that start with a letter right after one: a word may start there that the pattern cannot see. */
  const joins: number[] = [];
  for (let k = 1; k < starts.length; k++) {
    const at = starts[k]!;
    if (wordy(raw.charCodeAt(at - 1)) && wordy(raw.charCodeAt(at))) joins.push(k);
  }
  // Where each candidate for the main region starts among the text nodes: at its first one (-1: it has none).
  const candidates = new Map<Element, number>();
  const mains = mainCandidates(doc);
  for (const el of mains) {
    const inside = owner.createTreeWalker(el, SHOW_TEXT);
    let firstText = inside.nextNode() as Text | null;
    while (firstText && !firstText.data) firstText = inside.nextNode() as Text | null;
    candidates.set(el, firstText ? nodes.indexOf(firstText) : -1);
  }

  // The main region, measured on the text just walked rather than built again: its nodes are a run of the body's.
  const span = (el: Element): [number, number] => {
    const first = candidates.get(el) ?? -1;
    if (first < 0) return [0, 0];
    // The element's nodes run from its first on, as long as it contains them.
    let lo = first;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (el.contains(nodes[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return [first, lo];
  };
  const offsetOf = (k: number) => (k < starts.length ? starts[k]! : raw.length);
  const root = pickMainRoot(doc, (el) => {
    const [a, b] = span(el);
    return raw.slice(offsetOf(a), offsetOf(b)).trim().length;
  }, mains)!;
  const [first, end] = root === body ? [0, nodes.length] : span(root);
  const inRoot = (k: number) => k >= first && k < end;

  // Shadow hosts and frames in the main region, which the full reader reads on their own: a walk over
  // its elements, each asked only for its shadow root (and its tag, when the region has frames at
  // all). A walker's steps cost a third of indexing getElementsByTagName's live list (Chromium), and
  // about half of a querySelectorAll that leaves out the tags no shadow root can be attached to.
  const hosts: Element[] = [];
  const framed = root.querySelector('iframe, frame') !== null;
  const elements = owner.createTreeWalker(root, SHOW_ELEMENT);
  for (let el = elements.nextNode() as Element | null; el; el = elements.nextNode() as Element | null) {
    if (++count % CLOCK_EVERY === 0 && !more()) await pause();
    if ((el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot || (framed && FRAME_TAGS.has(el.localName))) hosts.push(el);
  }

  // 2. The nodes of the main region where a term may start.
  const nodeAt = (offset: number) => lastAtOrBefore(starts, offset);
  /** 1 for each hit node (a node where a term may start), and the hit nodes in the order first met. */
  const hits = new Uint8Array(nodes.length);
  const hitList: number[] = [];
  const hit = (k: number) => {
    if (hits[k]) return;
    hits[k] = 1;
    hitList.push(k);
  };
  if (raw.length > OWN_SLICE_TEXT) await pause();
  const offsets = termStarts(raw, lexicon);
  /** Each hit node's places, as a range of `offsets` (placesTo 0: none). */
  const placesFrom = new Int32Array(nodes.length);
  const placesTo = new Int32Array(nodes.length);
  // The places ascend: the node that holds each is found walking on from the last one's.
  for (let h = 0, k = 0; h < offsets.length; h++) {
    const at = offsets[h]!;
    while (k + 1 < starts.length && starts[k + 1]! <= at) k++;
    if (placesTo[k] === 0) {
      placesFrom[k] = h;
      hit(k);
    }
    placesTo[k] = h + 1;
  }
  /** Nodes where the joined text hides a term's start, and nodes next to an invisible character. */
  const joinStarts = new Set<number>();
  const unsure = new Set<number>();
  for (const k of joins) {
    if (!termStartsAt(raw, starts[k]!, lexicon)) continue;
    hit(k);
    joinStarts.add(k);
    unsure.add(k);
  }
  // A word with an invisible character inside may begin in this node or the one before.
  const formatChars = hasFormatChar(raw);
  if (formatChars) {
    for (const m of raw.matchAll(INVISIBLE)) {
      const k = nodeAt(m.index);
      for (const n of k > 0 ? [k, k - 1] : [k]) {
        hit(n);
        unsure.add(n);
      }
    }
  }
  if (!more()) await pause();

  // 3. The page rules, decided only where needed: whether an element's text is read at all. Each
  // element's own rules are decided once, whether met walking up from a hit or reading its line.
  const own = new Map<Element, boolean>();
  const isRejected = (el: Element): boolean => {
    let r = own.get(el);
    if (r === undefined) own.set(el, (r = rejects(el, root, isHidden)));
    return r;
  };
  const readable = new Map<Element, boolean>();
  /**
   * The elements up from one whose answer is not known yet, `chain[0..depth)`: one array for every
   * question, never emptied (setting an array's length to 0 gives up its storage, made again by the next push).
   */
  const chain: Element[] = [];
  const reads = (el: Element | null): boolean => {
    if (!el || el === root) return true;
    // Most asked: an element whose answer is known already.
    const answer = readable.get(el);
    if (answer !== undefined) return answer;
    chain[0] = el;
    let depth = 1;
    let ok = true;
    for (let e = el.parentElement; e && e !== root; e = e.parentElement) {
      const known = readable.get(e);
      if (known !== undefined) {
        ok = known;
        break;
      }
      chain[depth++] = e;
    }
    for (let k = depth - 1; k >= 0; k--) {
      ok &&= !isRejected(chain[k]!);
      readable.set(chain[k]!, ok);
    }
    return ok;
  };
  const blockAbove = (node: Node): Element => {
    for (let e = node.parentElement; e && e !== root; e = e.parentElement) if (isBlock(e)) return e;
    return root;
  };

  /** Adds the mentions a hit node's places lead to, read in the joined text, to `found`; `reach` as mentionsAt gives it. */
  const mentionsIn = (k: number, found: Mention[], reach?: { end: number }): void => {
    if (placesTo[k] !== 0) mentionsAt(raw, lexicon, offsets, found, 0, placesFrom[k], placesTo[k], reach);
  };
  /**
   * Whether a hit node's places lead to a mention. What they find is dropped, into one array for
   * every question, emptied only now and then (emptying gives up its storage).
   */
  const dropped: Mention[] = [];
  const mentionedIn = (k: number): boolean => {
    if (dropped.length > 256) dropped.length = 0;
    const before = dropped.length;
    mentionsIn(k, dropped);
    return dropped.length > before;
  };

  /** How far the words looked at for a node taken alone reach (mentionsAt's `reach`), kept from one node to the next. */
  const reach = { end: 0 };
  /**
   * Whether a hit node's mentions are the same read alone as read in its line: every word its places
   * lead to (and the words a term would go on with) ends inside it, no word runs on out of it or
   * into a place at its start, and nothing invisible is near. If so, its mentions are added to `found`.
   */
  const standsAlone = (k: number, found: Mention[]): boolean => {
    if (placesTo[k] === 0 || (unsure.size > 0 && unsure.has(k))) return false;
    // The text read has a line break before and after the node. The full reader has the text around
    // it: a place at its first character needs the character before (no part of a word, or the
    // pattern would not have placed it) to be read; a word at its end needs the character after to
    // be read and no part of a word.
    if (offsets[placesFrom[k]!] === starts[k] && (!inRoot(k - 1) || !reads(nodes[k - 1]!.parentElement))) return false;
    if (wordCharBefore(raw, offsetOf(k + 1)) && (!inRoot(k + 1) || wordCharAt(raw, starts[k + 1]!) || !reads(nodes[k + 1]!.parentElement))) return false;
    reach.end = 0;
    const before = found.length;
    mentionsIn(k, found, reach);
    if (reach.end < offsetOf(k + 1)) return true;
    found.length = before;
    return false;
  };
  /** The mentions in the nodes taken alone, at their offsets in the text read. */
  const aloneMentions: Mention[] = [];
  /** 1 for each node taken alone. */
  const takenAlone = new Uint8Array(nodes.length);

  // 4. The lines around each hit, read from the block that opens them up to the end of the line after.
  // Once `fullLines` lines with mentions are read (what the candidate sentences need), a hit node whose
  // mentions stand alone is taken on its own, as a line of its own: only its mentions count then.
  let sentencesUntil = -1;
  /** The last node taken alone. */
  let alone: Text | null = null;
  let next = null as (() => TextStep | null) | null;
  let pending: TextStep | null = null;
  let last = null as Text | null;
  let lastIndex = -1;
  /** For each node read, its index among the walked nodes. */
  const taken: number[] = [];
  let mentionLines = 0;
  let lineCounted = false;
  const take = (step: TextStep, opensSegment: boolean) => {
    builder.addNode(step.node, opensSegment || step.lineBreak);
    last = step.node;
    while (lastIndex + 1 < nodes.length && nodes[lastIndex] !== step.node) lastIndex++;
    taken.push(lastIndex);
    if (opensSegment || step.lineBreak) lineCounted = false;
    if (!lineCounted && hits[lastIndex] === 1 && mentionedIn(lastIndex)) {
      lineCounted = true;
      mentionLines++;
    }
  };
  // A typed array sorts numbers natively, with no comparator called from JavaScript.
  const ordered = Int32Array.from(hitList).filter(inRoot).sort();
  for (let o = 0; o < ordered.length; o++) {
    // Before the skip below: the hits a line read whole covers are skipped, and could be every multiple.
    if (o % HITS_PER_CLOCK === 0 && !more()) await pause();
    const i = ordered[o]!;
    if (i <= lastIndex) continue;
    const node = nodes[i]!;
    if (!reads(node.parentElement)) continue;
    const mentionsBefore = aloneMentions.length;
    if (mentionLines >= fullLines && standsAlone(i, aloneMentions)) {
      if (sentencesUntil < 0) sentencesUntil = builder.length;
      builder.addNode(node, true);
      // Found in the joined text: moved to where the node sits in the text read.
      const shift = builder.length - offsetOf(i + 1);
      for (let j = mentionsBefore; j < aloneMentions.length; j++) {
        aloneMentions[j]!.start += shift;
        aloneMentions[j]!.end += shift;
      }
      takenAlone[i] = 1;
      taken.push(i);
      lastIndex = i;
      last = alone = node;
      next = null;
      pending = null;
      continue;
    }
    const opening = blockAbove(node);
    let opensSegment = false;
    // The hit's block holds the last node read (the segment goes on), or lies wholly after it.
    if (!next || !last || !opening.contains(last)) {
      opensSegment = true;
      // The reading stopped right before this block (the node it holds back is the block's first to
      // read): it goes on from there, as a walker started at the block would.
      if (!(next && pending && opening.contains(pending.node))) {
        // Right after a node taken alone in the same block, the reading goes on from that node.
        const resume = alone !== null && last === alone && opening.contains(alone);
        next = textSteps(stepsFrom(readingWalker(owner, root), resume ? alone!.parentElement! : opening), root, isHidden, undefined, isRejected);
        if (resume) for (let s = next(); s && s.node !== alone; s = next());
        pending = null;
      }
    }
    // On to the hit's node, then to the end of the line after the last hit met.
    let breaks = 0;
    let passed = false;
    for (;;) {
      const step: TextStep | null = pending ?? next!();
      pending = null;
      if (!step) {
        next = null;
        break;
      }
      if (passed && step.lineBreak && ++breaks >= 2) {
        pending = step;
        break;
      }
      take(step, opensSegment);
      opensSegment = false;
      // Every hit read on the way, this one included, needs its own line and the one after it.
      if (hits[lastIndex] === 1 || lastIndex >= i) {
        passed = true;
        // Past the lines read whole, a hit met no longer draws the reading on: it may stand alone.
        if (hits[lastIndex] === 1 && mentionLines < fullLines) breaks = 0;
      }
      // Counted per step: lastIndex jumps over the nodes not read, and could jump over every multiple.
      if (++count % CLOCK_EVERY === 0 && !more()) await pause();
    }
  }

  // 5. Shadow roots and frames the full reader would read on their own.
  const page = builder.finish();
  const termAt = termStartsInRead(page, taken, starts, raw.length, offsets, joinStarts, takenAlone);
  for (const host of hosts) {
    if (!reads(host.parentElement)) continue;
    const inner = nestedAt(host, root, isHidden);
    if (inner) page.nested.push(inner);
  }
  return { page, walked: nodes.slice(first, end), termAt, aloneMentions, sentencesUntil: sentencesUntil < 0 ? page.text.length : sentencesUntil, formatChars };
}

/**
 * The places in the text read where a term may start, from the pattern's pass over the joined text:
 * inside a node, the text around a place is the same in both (a node is read whole), so a place the
 * pattern found there carries over. At a node's first character only the character before may
 * differ (a line break, a node skipped): a place there (or where the joined text hid one) counts if
 * no word goes on into it in the text read.
 */
function termStartsInRead(
  page: PageText,
  taken: readonly number[],
  starts: readonly number[],
  rawLength: number,
  offsets: readonly number[],
  joinStarts: ReadonlySet<number>,
  takenAlone: Uint8Array,
): number[] {
  const out: number[] = [];
  let h = 0;
  for (let j = 0; j < page.nodes.length; j++) {
    const k = taken[j]!;
    // A node taken alone has its mentions already.
    if (takenAlone[k]) continue;
    const at = page.starts[j]!;
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : rawLength;
    while (h < offsets.length && offsets[h]! < from) h++;
    const atFirst = h < offsets.length && offsets[h] === from;
    if ((atFirst || joinStarts.has(k)) && !wordCharBefore(page.text, at)) out.push(at);
    if (atFirst) h++;
    for (; h < offsets.length && offsets[h]! < to; h++) out.push(at + offsets[h]! - from);
  }
  return out;
}
