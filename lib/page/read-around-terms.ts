import type { CompiledLexicon } from '../topics/find-mentions';
import { termStarts, termStartsAt } from '../topics/term-starts';
import { hiddenByAttributes, isBlock, lastAtOrBefore, nestedAt, pickMainRoot, readingWalker, rejects, stepsFrom, TextBuilder, textSteps, type PageText, type TextStep } from './read-page-text';

// Spelled out so this module needs no DOM globals at import time.
const SHOW_TEXT = 0x4;
const SHOW_ELEMENT = 0x1;
const FOLLOWING = 0x4;
/** Nodes walked between two looks at the clock. */
const CLOCK_EVERY = 512;
const INVISIBLE = /\p{Cf}/gu;

export interface AroundTerms {
  /** The lines read, as the full reader reads them, joined in page order. */
  page: PageText;
  /** Every text node the walk looked at: what this scan has covered, mentions or not. */
  walked: Text[];
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
  isHidden: (el: Element) => boolean = hiddenByAttributes,
  more: () => boolean = () => true,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<AroundTerms> {
  const builder = new TextBuilder();
  const root = pickMainRoot(doc);
  if (!root) return { page: builder.finish(), walked: [] };
  const owner = root.ownerDocument ?? doc;
  const breathe = async (count: number) => {
    if (count % CLOCK_EVERY === 0 && !more()) await pause();
  };

  // 1. Every text node under the main region, and their text joined as it stands.
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  /** Nodes that start with a letter right after one: a word may start there that the pattern cannot see. */
  const joins: number[] = [];
  let length = 0;
  let lastCode = 32;
  const walker = owner.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (!data) continue;
    if (wordy(lastCode) && wordy(data.charCodeAt(0))) joins.push(nodes.length);
    lastCode = data.charCodeAt(data.length - 1);
    nodes.push(n as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
    await breathe(nodes.length);
  }
  const raw = parts.join('');

  // 2. The nodes where a term may start.
  const nodeAt = (offset: number) => lastAtOrBefore(starts, offset);
  const hits = new Set<number>();
  for (const offset of termStarts(raw, lexicon)) hits.add(nodeAt(offset));
  for (const k of joins) if (termStartsAt(raw, starts[k]!, lexicon)) hits.add(k);
  // A word with an invisible character inside may begin in this node or the one before.
  for (const m of raw.matchAll(INVISIBLE)) {
    const k = nodeAt(m.index);
    hits.add(k);
    if (k > 0) hits.add(k - 1);
  }
  await breathe(0);

  // 3. The page rules, decided only where needed: whether an element's text is read at all.
  const readable = new Map<Element, boolean>();
  const reads = (el: Element | null): boolean => {
    const chain: Element[] = [];
    let ok = true;
    for (let e = el; e && e !== root; e = e.parentElement) {
      const known = readable.get(e);
      if (known !== undefined) {
        ok = known;
        break;
      }
      chain.push(e);
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      ok &&= !rejects(chain[k]!, root, isHidden);
      readable.set(chain[k]!, ok);
    }
    return ok;
  };
  const blockAbove = (node: Node): Element => {
    for (let e = node.parentElement; e && e !== root; e = e.parentElement) if (isBlock(e)) return e;
    return root;
  };

  // 4. The lines around each hit, read from the block that opens them up to the end of the line after.
  let next = null as (() => TextStep | null) | null;
  let pending: TextStep | null = null;
  let last = null as Text | null;
  let lastIndex = -1;
  const take = (step: TextStep, opensSegment: boolean) => {
    builder.add(opensSegment ? { node: step.node, lineBreak: true } : step);
    last = step.node;
    while (lastIndex + 1 < nodes.length && nodes[lastIndex] !== step.node) lastIndex++;
  };
  const ordered = [...hits].sort((a, b) => a - b);
  for (const i of ordered) {
    if (i <= lastIndex) continue;
    const node = nodes[i]!;
    if (!reads(node.parentElement)) continue;
    const opening = blockAbove(node);
    let opensSegment = false;
    if (!next || !last || (!opening.contains(last) && (last.compareDocumentPosition(opening) & FOLLOWING) !== 0)) {
      next = textSteps(stepsFrom(readingWalker(owner, root, root, isHidden), opening), root, isHidden);
      pending = null;
      opensSegment = true;
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
      if (hits.has(lastIndex) || lastIndex >= i) {
        passed = true;
        if (hits.has(lastIndex)) breaks = 0;
      }
      await breathe(lastIndex + 1);
    }
  }

  // 5. Shadow roots and frames the full reader would read on their own.
  const nested: Array<{ host: Element; inner: ShadowRoot | Document }> = [];
  const elements = owner.createTreeWalker(root, SHOW_ELEMENT);
  let count = 0;
  for (let n = elements.nextNode(); n; n = elements.nextNode()) {
    const el = n as Element;
    if ((el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot && reads(el.parentElement)) {
      const inner = nestedAt(el, root, isHidden);
      if (inner) nested.push({ host: el, inner });
    }
    await breathe(++count);
  }
  for (const frame of Array.from(root.querySelectorAll('iframe, frame'))) {
    if (!reads(frame.parentElement)) continue;
    const inner = nestedAt(frame, root, isHidden);
    if (inner && !nested.some((n) => n.inner === inner)) nested.push({ host: frame, inner });
  }
  nested.sort((a, b) => (a.host === b.host ? 0 : a.host.compareDocumentPosition(b.host) & FOLLOWING ? -1 : 1));
  const page = builder.finish();
  page.nested = nested.map((n) => n.inner);
  return { page, walked: nodes };
}
