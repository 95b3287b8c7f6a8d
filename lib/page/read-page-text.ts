/**
 * The readable text of a page as one flat string, with a map back to its text nodes. Uses only
 * standard DOM (TreeWalker), so the same code runs in the content script and, on linkedom, in Node.
 */

export interface PageText {
  /** Readable text; blocks are separated by "\n". */
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
  /** Open shadow roots and same-origin frame documents met on the way: each is read on its own. */
  nested: Array<ShadowRoot | Document>;
}

/**
 * Whether an element is not shown (styles are the browser's business; Node passes attributes only).
 * `attributesClear`: the element is known to carry none of the attributes that hide (the reader's
 * rules looked already), so a check may skip them; one that looks again is still right.
 */
export type HiddenCheck = (el: Element, attributesClear?: boolean) => boolean;

export interface ReadOptions {
  isHidden?: HiddenCheck;
  /** Read this subtree instead of the document's main region (text added later, a shadow root). */
  root?: Node;
}

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME',
  'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK',
]);
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'MENU', 'DIALOG']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'banner']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE',
  'FIGCAPTION', 'BODY', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM', 'FIELDSET', 'LEGEND',
]);
// NodeFilter values, spelled out so this module needs no DOM globals at import time.
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const MAIN_SELECTORS = 'article, main, [role="main"], [itemprop="articleBody"]';
const MIN_MAIN_TEXT = 200;

/** The attributes the page rules read (hiddenByAttributes, isEditable, isFurniture). */
const RULE_ATTRIBUTES = '[hidden], [aria-hidden], [style], [contenteditable], [role]';
const HIDING_ATTRIBUTES = '[hidden], [aria-hidden], [style]';

export function hiddenByAttributes(el: Element, attributesClear = false): boolean {
  // One native selector match tells most elements apart (a link, a class) before any attribute is read.
  if (attributesClear || !el.hasAttributes() || !el.matches(HIDING_ATTRIBUTES)) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The elements that may hold the article. */
export function mainCandidates(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(MAIN_SELECTORS));
}

/**
 * The element holding the article: the largest article/main region with real text, else body.
 * `textLength` measures a region's trimmed text (a caller that has the text already can say), and a
 * caller that has the candidates already passes them.
 */
export function pickMainRoot(
  doc: Document,
  textLength: (el: Element) => number = (el) => (el.textContent ?? '').trim().length,
  candidates: readonly Element[] = mainCandidates(doc),
): Element | null {
  const body = doc.body;
  if (!body) return null;
  let best: Element | null = null;
  let bestLength = MIN_MAIN_TEXT - 1;
  for (const el of candidates) {
    const length = textLength(el);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best ?? body;
}

/** `tag`: the element's tag name in capitals, as rejects has it already. */
function isFurniture(el: Element, root: Element, roleless: boolean, tag: string): boolean {
  if (el === root) return false;
  const role = roleless ? null : el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (FURNITURE_TAGS.has(tag)) return true;
  // A header outside the article is the site's masthead; inside it, the article's own headline.
  return tag === 'HEADER' && root.tagName === 'BODY';
}

function frameDocument(el: Element): Document | null {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return null;
  try {
    // Cross-origin frames throw or give null: they are not ours to read.
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** Whether the reader leaves an element's subtree out; the same rules whichever way the page is read. */
export function rejects(el: Element, root: Element, isHidden: HiddenCheck): boolean {
  const tag = el.tagName.toUpperCase();
  const bare = !el.hasAttributes();
  if (bare && isPlainInline(tag)) return SKIPPED_TAGS.has(tag);
  if (tag === 'IFRAME' || tag === 'FRAME' || SKIPPED_TAGS.has(tag)) return true;
  // An element with none of the attributes the rules read (most: a link, a class) is not editable and
  // has no role: only its tag and its style can reject it.
  const unmarked = bare || !el.matches(RULE_ATTRIBUTES);
  // The hiding attributes are among those: an unmarked element's attributes hide nothing.
  return (!unmarked && isEditable(el)) || isFurniture(el, root, unmarked, tag) || isHidden(el, unmarked);
}

/**
 * Most inline elements of an article carry no attributes at all: nothing can mark them hidden,
 * editable or furniture but their tag (and a style sheet rule, the one case this lets through), so
 * they skip the costlier checks.
 */
function isPlainInline(tag: string): boolean {
  return !BLOCK_TAGS.has(tag) && !FURNITURE_TAGS.has(tag) && tag !== 'HEADER' && tag !== 'IFRAME';
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** The open shadow root and same-origin frame an element brings along, as the reader notes them when it meets the element. */
export function nestedAt(el: Element, root: Element, isHidden: HiddenCheck, rejected = rejects(el, root, isHidden)): ShadowRoot | Document | null {
  const tag = el.tagName.toUpperCase();
  const plain = !el.hasAttributes() && isPlainInline(tag);
  if (!plain && (tag === 'IFRAME' || tag === 'FRAME')) {
    const inner = frameDocument(el);
    return inner?.body && !isHidden(el) ? inner : null;
  }
  if (!plain && rejected) return null;
  return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/** One step of a reading: the next text node read, and whether a block was entered since the last one. */
export interface TextStep {
  node: Text;
  lineBreak: boolean;
}

/**
 * Walks readable text nodes in document order from wherever the walker stands, with the page rules
 * applied to every element met. `noteNested` hears of shadow roots and frames on the way.
 */
export function textSteps(
  walker: Stepper,
  root: Element,
  isHidden: HiddenCheck,
  noteNested?: (n: ShadowRoot | Document) => void,
  isRejected: (el: Element) => boolean = (el) => rejects(el, root, isHidden),
): () => TextStep | null {
  let lineBreak = false;
  // The walker hands every node over: the nodes inside a rejected subtree are passed over here.
  let rejected: Element | null = null;
  return () => {
    for (;;) {
      const node = walker.nextNode();
      if (!node) return null;
      if (rejected) {
        if (rejected.contains(node)) continue;
        rejected = null;
      }
      if (node.nodeType !== TEXT_NODE) {
        const el = node as Element;
        const skipped = isRejected(el);
        if (noteNested) {
          const nested = nestedAt(el, root, isHidden, skipped);
          if (nested) noteNested(nested);
        }
        if (skipped) {
          rejected = el;
          continue;
        }
        // Entering a block: what follows starts a new line.
        if (isBlock(el)) lineBreak = true;
        continue;
      }
      if (!(node as Text).data) continue;
      const step = { node: node as Text, lineBreak };
      lineBreak = false;
      return step;
    }
  };
}

/** What textSteps needs of a TreeWalker. */
export interface Stepper {
  nextNode(): Node | null;
}

/**
 * A walker's steps from just inside `start` (its subtree, then what follows it); `start` must hold a
 * node the walker shows. DOM implementations that ignore a walker's currentNode (linkedom) start
 * from the top: they catch up here.
 */
export function stepsFrom(walker: TreeWalker, start: Node): Stepper {
  if (start === walker.root) return walker;
  walker.currentNode = start;
  let first: Node | null | undefined = walker.nextNode();
  if (first && (first === start || !start.contains(first))) {
    while (first && first !== start) first = walker.nextNode();
    first = walker.nextNode();
  }
  return {
    nextNode() {
      if (first === undefined) return walker.nextNode();
      const node = first;
      first = undefined;
      return node;
    },
  };
}

/**
 * A TreeWalker over a page region for textSteps, which applies the page rules to each element it
 * meets and passes over rejected subtrees. No filter: a NodeFilter is a call from the browser into
 * JavaScript for every node, text nodes included, and cost about as much as the walk itself.
 */
export function readingWalker(doc: Document, over: Node): TreeWalker {
  return (over.ownerDocument ?? doc).createTreeWalker(over, SHOW_ELEMENT | SHOW_TEXT);
}

/** Flat text built step by step: a line break before a node that follows a block entry, never at the start. */
export class TextBuilder {
  readonly #parts: string[] = [];
  length = 0;
  constructor(readonly page: PageText = { text: '', nodes: [], starts: [], nested: [] }) {}

  add(step: TextStep): void {
    this.addNode(step.node, step.lineBreak);
  }

  /** The same with no step object made (a dense page adds thousands of nodes). */
  addNode(node: Text, lineBreak: boolean): void {
    if (lineBreak && this.length > 0) this.push('\n');
    this.page.nodes.push(node);
    this.page.starts.push(this.length);
    this.push(node.data);
  }

  push(text: string): void {
    this.#parts.push(text);
    this.length += text.length;
  }

  /** The text is assembled once, at the end: joining after every slice would copy it again and again. */
  finish(): PageText {
    this.page.text = this.#parts.join('');
    return this.page;
  }
}

export function readPageText(doc: Document, options: ReadOptions = {}): PageText {
  const root = (options.root as Element | undefined) ?? pickMainRoot(doc);
  const builder = new TextBuilder();
  const result = builder.page;
  if (!root) return builder.finish();
  const isHidden = options.isHidden ?? hiddenByAttributes;
  // An open shadow root or a frame is read on its own, after this text.
  const next = textSteps(readingWalker(doc, root), root, isHidden, (n) => {
    if (!result.nested.includes(n)) result.nested.push(n);
  });
  for (let step = next(); step; step = next()) builder.add(step);
  return builder.finish();
}

/**
 * The text node and offset within it for a position in the flat text. `near` (an index of
 * `page.nodes` at or before the one sought, say the last one found) lets positions met in page order
 * be found by stepping on rather than by a search each.
 */
export function locateOffset(page: PageText, offset: number, near = -1): { node: Text; offset: number; index: number } | null {
  const { starts, nodes } = page;
  const lo = nodeIndexAt(starts, offset, near);
  const node = nodes[lo];
  if (!node) return null;
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length), index: lo };
}

/** Most nodes stepped over from `near` before a search is the quicker way. */
const NEAR_STEPS = 8;

/** lastAtOrBefore, stepping on from `near` when the answer is a few steps after it. */
function nodeIndexAt(starts: readonly number[], offset: number, near: number): number {
  if (near >= 0 && near < starts.length && starts[near]! <= offset) {
    for (let k = near, steps = 0; steps < NEAR_STEPS; k++, steps++) if (k + 1 >= starts.length || starts[k + 1]! > offset) return k;
  }
  return lastAtOrBefore(starts, offset);
}

/** Index of the last of the ascending `starts` at or before `offset` (0 when none is). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
