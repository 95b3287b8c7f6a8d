import { locateOffset, type PageText } from '../../lib/page/read-page-text';
import { HIGHLIGHT_NAMES, highlightCss, type HighlightKind, type Palette } from '../../lib/settings/palettes';

/** DOM ranges over spans of a chunk's flat text. */
export function rangesFor(doc: Document, page: PageText, spans: ReadonlyArray<{ start: number; end: number }>, near = { index: -1 }): Range[] {
  const ranges: Range[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    if (span.end <= span.start || span.end > page.text.length) continue;
    const from = locateOffset(page, span.start, near.index);
    const to = locateOffset(page, span.end - 1, from?.index);
    if (to) near.index = to.index;
    if (!from || !to) continue;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, Math.min(to.offset + 1, to.node.data.length));
    ranges.push(range);
  }
  return ranges;
}

/**
 * The same ranges, each made when first asked for (indexes within the list only): a long page
 * registers only a window of them, and every live range costs the page a little on each DOM change.
 */
export function lazyRanges(doc: Document, page: PageText, spans: ReadonlyArray<{ start: number; end: number }>): { readonly length: number; at(index: number): Range | undefined } {
  const valid = spans.filter((s) => s.end > s.start && s.end <= page.text.length);
  const made: Range[] = [];
  // Ranges are mostly asked for in page order: each search starts from the last one's node.
  const near = { index: -1 };
  return {
    length: valid.length,
    at: (i) => (made[i] ??= rangesFor(doc, page, [valid[i]!], near)[0]!),
  };
}

type WindowWithHighlights = Window & typeof globalThis;

/** Figures and facts are drawn over topics; the flash of "show on page" over everything. */
const PRIORITY: Record<HighlightKind, number> = { topic: 0, fact: 1, agree: 2, close: 2, conflict: 2, flash: 3 };

/**
 * The highlights of one document (the page, or a same-origin frame), drawn with the CSS Custom
 * Highlight API: ranges are registered, the DOM is untouched. The styles go in through
 * adoptedStyleSheets, into the document and into each open shadow root that holds highlights.
 */
export class HighlightLayer {
  readonly #win: WindowWithHighlights | null;
  readonly #ranges = new Map<HighlightKind, Range[]>();
  readonly #visible = new Set<HighlightKind>(['topic', 'fact', 'agree', 'close', 'conflict', 'flash']);
  readonly #sheet: CSSStyleSheet | null;
  readonly #styled = new Set<Document | ShadowRoot>();
  /** One Highlight per kind, registered once: ranges added later go into it, not into a new one. */
  readonly #highlights = new Map<HighlightKind, Highlight>();
  #css = '';

  /** Known once, when the layer is made: a fresh page's first look at CSS.highlights makes its registry. */
  readonly supported: boolean;

  constructor(readonly doc: Document) {
    this.#win = (doc.defaultView as WindowWithHighlights | null) ?? null;
    this.supported = Boolean(this.#win?.CSS?.highlights && typeof this.#win.Highlight === 'function');
    this.#sheet = this.#win && typeof this.#win.CSSStyleSheet === 'function' ? new this.#win.CSSStyleSheet() : null;
    this.adopt(doc);
  }

  /** Makes the highlight styles apply inside a shadow root too. */
  adopt(target: Document | ShadowRoot): void {
    if (!this.#sheet || this.#styled.has(target)) return;
    try {
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, this.#sheet];
      this.#styled.add(target);
    } catch {
      // A page that froze adoptedStyleSheets keeps its own styles; highlights then use none of ours.
    }
  }

  /** Rebuilding the sheet restyles the whole page, so it is rebuilt only when the palette changes. */
  setPalette(palette: Palette): void {
    const css = highlightCss(palette);
    if (css === this.#css) return;
    this.#css = css;
    this.#sheet?.replaceSync(css);
  }

  setVisible(kind: HighlightKind, visible: boolean): void {
    if (visible) this.#visible.add(kind);
    else this.#visible.delete(kind);
    this.#render(kind);
  }

  add(kind: HighlightKind, ranges: Range[]): void {
    if (ranges.length === 0) return;
    const list = this.#ranges.get(kind) ?? [];
    for (let i = 0; i < ranges.length; i++) list.push(ranges[i]!);
    this.#ranges.set(kind, list);
    const highlight = this.#highlights.get(kind);
    // A page may have removed our entry from the registry: register afresh then.
    if (!highlight || this.#win!.CSS.highlights.get(HIGHLIGHT_NAMES[kind]) !== highlight) return this.#render(kind);
    const before = highlight.size;
    for (let i = 0; i < ranges.length; i++) highlight.add(ranges[i]!);
    // Firefox's content-script view of a frame's Highlight can drop additions: register afresh then.
    if (highlight.size !== before + ranges.length) this.#render(kind);
  }

  /** Takes ranges out again (a long page's window of drawn ranges moved on). */
  remove(kind: HighlightKind, ranges: Range[]): void {
    const gone = new Set(ranges);
    this.#ranges.set(kind, (this.#ranges.get(kind) ?? []).filter((r) => !gone.has(r)));
    this.#render(kind);
  }

  set(kind: HighlightKind, ranges: Range[]): void {
    this.#ranges.set(kind, [...ranges]);
    this.#render(kind);
  }

  clear(): void {
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      this.#ranges.delete(kind);
      this.#render(kind);
    }
  }

  #render(kind: HighlightKind): void {
    if (!this.supported) return;
    const registry = this.#win!.CSS.highlights;
    const ranges = this.#ranges.get(kind) ?? [];
    if (!this.#visible.has(kind) || ranges.length === 0) {
      registry.delete(HIGHLIGHT_NAMES[kind]);
      this.#highlights.delete(kind);
      return;
    }
    // Built with all its ranges at once: Firefox ignored add() on a frame's fresh Highlight.
    const highlight = new this.#win!.Highlight(...ranges);
    highlight.priority = PRIORITY[kind];
    registry.set(HIGHLIGHT_NAMES[kind], highlight);
    this.#highlights.set(kind, highlight);
  }
}
