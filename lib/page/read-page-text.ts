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

export interface ReadOptions {
  /** Whether an element is not shown (styles are the browser's business; Node passes attributes only). */
  isHidden?: (el: Element) => boolean;
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
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const MAIN_SELECTORS = 'article, main, [role="main"], [itemprop="articleBody"]';
const MIN_MAIN_TEXT = 200;

export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The element holding the article: the largest article/main region with real text, else body. */
export function pickMainRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  let best: Element | null = null;
  let bestLength = MIN_MAIN_TEXT - 1;
  for (const el of Array.from(doc.querySelectorAll(MAIN_SELECTORS))) {
    const length = (el.textContent ?? '').trim().length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best ?? body;
}

function isFurniture(el: Element, root: Element): boolean {
  if (el === root) return false;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  // A header outside the article is the site's masthead; inside it, the article's own headline.
  return el.tagName === 'HEADER' && root.tagName === 'BODY';
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

/**
 * Reads a page's text in slices: `read(more)` walks on while `more()` is true and returns whether it
 * has finished, so a caller can yield to the page between slices and never hold the main thread long.
 * `result.text` is complete once `read` has returned true.
 */
export interface PageTextReader {
  read(more: () => boolean): boolean;
  readonly result: PageText;
}

export function createPageTextReader(doc: Document, options: ReadOptions = {}): PageTextReader {
  const root = (options.root as Element | undefined) ?? pickMainRoot(doc);
  const result: PageText = { text: '', nodes: [], starts: [], nested: [] };
  if (!root) return { read: () => true, result };
  const isHidden = options.isHidden ?? hiddenByAttributes;
  // An open shadow root is read on its own, after this text (its nodes are not the host's children).
  const noteShadowRoot = (el: Element) => {
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow && !result.nested.includes(shadow)) result.nested.push(shadow);
  };
  const skip = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    // Most inline elements of an article carry no attributes at all: nothing can mark them hidden,
    // editable or furniture but their tag (and a style sheet rule, the one case this lets through),
    // so they skip the costlier checks. A shadow host is still noted.
    if (!el.hasAttributes() && !BLOCK_TAGS.has(tag) && !FURNITURE_TAGS.has(tag) && tag !== 'HEADER' && tag !== 'IFRAME') {
      noteShadowRoot(el);
      return SKIPPED_TAGS.has(tag);
    }
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const inner = frameDocument(el);
      if (inner?.body && !isHidden(el)) result.nested.push(inner);
      return true;
    }
    if (SKIPPED_TAGS.has(tag) || isEditable(el) || isFurniture(el, root) || isHidden(el)) return true;
    noteShadowRoot(el);
    return false;
  };
  const walker = (root.ownerDocument ?? doc).createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node) {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const el = node as Element;
      if (skip(el)) return FILTER_REJECT;
      return BLOCK_TAGS.has(el.tagName.toUpperCase()) ? FILTER_ACCEPT : FILTER_SKIP;
    },
  });

  const parts: string[] = [];
  let length = 0;
  let needBreak = false;
  // DOM implementations without TreeWalker filters (linkedom) hand every node over: skip rejected
  // subtrees here too. In browsers the filter already did, and this never triggers.
  let rejected: Element | null = null;
  let done = false;
  const read = (more: () => boolean): boolean => {
    while (!done) {
      const node = walker.nextNode();
      if (!node) {
        done = true;
        break;
      }
      if (rejected) {
        if (rejected.contains(node)) continue;
        rejected = null;
      }
      if (node.nodeType !== TEXT_NODE) {
        const el = node as Element;
        if (skip(el)) {
          rejected = el;
          continue;
        }
        // Entering a block: what follows starts a new line.
        if (BLOCK_TAGS.has(el.tagName.toUpperCase())) needBreak = length > 0;
        continue;
      }
      const data = (node as Text).data;
      if (!data) continue;
      if (needBreak) {
        parts.push('\n');
        length += 1;
        needBreak = false;
      }
      result.nodes.push(node as Text);
      result.starts.push(length);
      parts.push(data);
      length += data.length;
      if (!more()) break;
    }
    // The text is assembled once, at the end: joining after every slice would copy it again and again.
    if (done) result.text = parts.join('');
    return done;
  };
  return { read, result };
}

export function readPageText(doc: Document, options: ReadOptions = {}): PageText {
  const reader = createPageTextReader(doc, options);
  reader.read(() => true);
  return reader.result;
}

/** The text node and offset within it for a position in the flat text. */
export function locateOffset(page: PageText, offset: number): { node: Text; offset: number } | null {
  const { starts, nodes } = page;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  return { node, offset: Math.min(offset - starts[lo]!, node.data.length) };
}
