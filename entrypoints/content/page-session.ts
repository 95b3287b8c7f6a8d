import type { PageMark, PageScannedRequest, Responses } from '../../lib/messages/protocol';
import type { HiddenCheck, PageText } from '../../lib/page/read-page-text';
import { scanPageInSlices, SLICE_MS, type PageScan } from '../../lib/page/scan-page';
import { PALETTES } from '../../lib/settings/palettes';
import type { Settings } from '../../lib/settings/settings';
import type { CompiledLexicon } from '../../lib/topics/find-mentions';
import { drawRanges, fillsWindow, type DrawnRanges } from './draw-ranges';
import { HighlightLayer, lazyRanges, rangesFor } from './highlight-ranges';

/** A piece of the page read on its own: the document's main text, a shadow root, a frame, or text added later. */
interface Chunk {
  doc: Document;
  page: PageText;
  marks: Array<{ mark: PageMark; range: Range }>;
  /** Its topic highlights: on a long page only a window of them around the screen is registered. */
  topics: DrawnRanges;
}

export interface SessionDeps {
  lexicon: CompiledLexicon;
  isHidden: HiddenCheck;
  send: (request: PageScannedRequest) => Promise<Responses['page-scanned'] | undefined>;
  /** Gives the page a turn between slices of work. */
  pause: () => Promise<void>;
  /** The document's highlight layer, made before the page was parsed (its style sheet is in already). */
  layer?: HighlightLayer;
}

export interface MarkHit {
  mark: PageMark;
  range: Range;
}

const MAX_NESTED = 50;

/**
 * Everything the content script knows about the page it is on: the chunks it has read, their
 * highlights and the marks a card can open on. One session per page; a navigation resets it.
 */
export class PageSession {
  #chunks: Chunk[] = [];
  readonly #layers = new Map<Document, HighlightLayer>();
  /** Whether the background holds a report for the current page, so a navigation must clear it. */
  #reported = false;
  #settings: Settings | null = null;
  #generation = 0;
  /** Text nodes the chunks were read from, so text queued while the first scan ran is not read twice. */
  #readNodes = new WeakSet<Text>();
  /**
   * Text nodes read by scans whose nodes are not in #readNodes yet: put there only when hasRead is
   * first asked (text was added to the page), so a page that never changes does not pay for it
   * (a WeakSet of a dense 100k-word page's 14,000 nodes took 1-8 ms to fill on a fresh page).
   */
  #unfiled: Array<readonly Text[]> = [];

  readonly #deps: SessionDeps;

  constructor(deps: SessionDeps) {
    this.#deps = deps;
    if (deps.layer) this.#layers.set(deps.layer.doc, deps.layer);
  }

  #layer(doc: Document): HighlightLayer {
    let layer = this.#layers.get(doc);
    if (!layer) {
      layer = new HighlightLayer(doc);
      if (this.#settings) this.#styleLayer(layer, this.#settings);
      this.#layers.set(doc, layer);
    }
    return layer;
  }

  #styleLayer(layer: HighlightLayer, settings: Settings): void {
    layer.setPalette(PALETTES[settings.palette]);
    layer.setVisible('topic', settings.show.topics);
    layer.setVisible('fact', settings.show.facts);
    layer.setVisible('agree', settings.show.agree);
    layer.setVisible('close', settings.show.close);
    layer.setVisible('conflict', settings.show.conflict);
  }

  applySettings(settings: Settings): void {
    this.#settings = settings;
    for (const layer of this.#layers.values()) this.#styleLayer(layer, settings);
  }

  /** Reads the whole page afresh: on load, and after a single-page site navigates. */
  async scanAll(doc: Document): Promise<void> {
    this.clear();
    const generation = this.#generation;
    const pending: Array<{ doc: Document; root?: Node }> = [{ doc }];
    let replaced = false;
    for (let i = 0; i < pending.length && i < MAX_NESTED; i++) {
      const { doc: d, root } = pending[i]!;
      const found = await this.#scan(d, generation, root);
      const { scan } = found;
      if (generation !== this.#generation) return;
      for (const nested of scan.page.nested) {
        if (nested.nodeType === 9) pending.push({ doc: nested as Document });
        else {
          pending.push({ doc: d, root: nested });
          this.#layer(d).adopt(nested as ShadowRoot);
        }
      }
      const sent = await this.#addChunk(d, found, replaced ? 'append' : 'replace', generation);
      replaced ||= sent;
    }
    // A navigation to a page without topics must still clear the old page's report.
    if (!replaced && this.#reported && generation === this.#generation) {
      await this.#deps.send({ type: 'page-scanned', mode: 'replace', topics: [], lines: [] });
      this.#reported = false;
    }
  }

  /** Reads a same-origin frame that finished loading after the first scan. */
  async scanFrame(frame: HTMLIFrameElement): Promise<void> {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      return;
    }
    if (!inner?.body || this.#chunks.some((c) => c.doc === inner)) return;
    const generation = this.#generation;
    await this.#addChunk(inner, await this.#scan(inner, generation), this.#reported ? 'append' : 'replace', generation);
  }

  /** Reads text that arrived after the first scan. */
  async scanAdded(root: Node): Promise<void> {
    const doc = root.ownerDocument ?? (root as Document);
    const generation = this.#generation;
    await this.#addChunk(doc, await this.#scan(doc, generation, root), this.#reported ? 'append' : 'replace', generation);
  }

  /** Reads a piece of the page and draws its topic highlights. */
  async #scan(doc: Document, generation: number, root?: Node): Promise<{ scan: PageScan; topics: DrawnRanges | null }> {
    const scan = await scanPageInSlices(doc, this.#deps.lexicon, { isHidden: this.#deps.isHidden, root, pause: this.#deps.pause, sliceMs: SLICE_MS });
    if (scan.mentions.length === 0 || generation !== this.#generation) return { scan, topics: null };
    // A full window of ranges to make and register starts a slice of its own, after the scan's last.
    if (fillsWindow(scan.mentions.length)) {
      await this.#deps.pause();
      if (generation !== this.#generation) return { scan, topics: null };
    }
    const topics = drawRanges(this.#layer(doc), 'topic', lazyRanges(doc, scan.page, scan.mentions));
    return { scan, topics };
  }

  async #addChunk(doc: Document, found: { scan: PageScan; topics: DrawnRanges | null }, mode: 'replace' | 'append', generation: number): Promise<boolean> {
    const { scan, topics } = found;
    if (!topics || scan.mentions.length === 0 || generation !== this.#generation) return false;
    const page = scan.page;
    const layer = this.#layer(doc);
    const chunk: Chunk = { doc, page, marks: [], topics };
    this.#chunks.push(chunk);
    this.#unfiled.push(scan.walked ?? page.nodes);
    const reply = await this.#deps.send({ type: 'page-scanned', mode, topics: scan.topics, lines: scan.lines });
    // A navigation while the background worked makes this answer stale.
    if (generation !== this.#generation) return false;
    this.#reported = true;
    if (!reply) return true;
    for (const mark of reply.marks) {
      const [range] = rangesFor(doc, page, [mark]);
      if (range) chunk.marks.push({ mark, range });
    }
    const of = (kind: PageMark['kind'], verdict?: PageMark['verdict']) =>
      chunk.marks.filter((m) => m.mark.kind === kind && (!verdict || m.mark.verdict === verdict)).map((m) => m.range);
    layer.add('fact', of('fact'));
    layer.add('agree', of('figure', 'agrees'));
    layer.add('close', of('figure', 'close'));
    layer.add('conflict', of('figure', 'conflicts'));
    return true;
  }

  /** Whether every text node under `root` is already in a chunk (it was added while the first scan ran). */
  hasRead(root: Node): boolean {
    for (const nodes of this.#unfiled.splice(0)) {
      // Indexed: a for-of step makes an iterator result, 14,000 of them on a 100k-word page.
      for (let i = 0; i < nodes.length; i++) this.#readNodes.add(nodes[i]!);
    }
    if (root.nodeType === 3) return this.#readNodes.has(root as Text);
    const doc = root.ownerDocument;
    if (!doc) return false;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let any = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node as Text).data.trim()) continue;
      if (!this.#readNodes.has(node as Text)) return false;
      any = true;
    }
    return any;
  }

  /** After a scroll: long pages move their window of drawn topic ranges along with the screen. */
  follow(): void {
    for (const chunk of this.#chunks) chunk.topics.follow();
  }

  clear(): void {
    this.#generation++;
    this.#chunks = [];
    this.#readNodes = new WeakSet();
    this.#unfiled = [];
    for (const layer of this.#layers.values()) layer.clear();
  }

  /** The mark under a point of text, figures before the sentences that hold them. */
  markAt(node: Node, offset: number): MarkHit | null {
    let fact: MarkHit | null = null;
    for (const chunk of this.#chunks) {
      if (chunk.doc !== (node.ownerDocument ?? node)) continue;
      for (const m of chunk.marks) {
        if (!this.#isShown(m.mark)) continue;
        let inside = false;
        try {
          inside = m.range.isPointInRange(node, offset);
        } catch {
          inside = false;
        }
        if (!inside) continue;
        if (m.mark.kind === 'figure') return m;
        fact ??= m;
      }
    }
    return fact;
  }

  #isShown(mark: PageMark): boolean {
    const show = this.#settings?.show;
    if (!show) return true;
    if (mark.kind === 'fact') return show.facts;
    return mark.verdict === 'conflicts' ? show.conflict : mark.verdict === 'close' ? show.close : show.agree;
  }

  /** All marks in reading order. */
  marks(): MarkHit[] {
    const all = this.#chunks.flatMap((c) => c.marks).filter((m) => this.#isShown(m.mark) && m.range.startContainer.isConnected);
    return all.sort((a, b) => {
      if (a.range.startContainer.ownerDocument !== b.range.startContainer.ownerDocument) return 0;
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    });
  }

  /** The next mark after `current`, wrapping around; figures and facts alike. */
  nextMark(current: MarkHit | null): MarkHit | null {
    const all = this.marks();
    if (all.length === 0) return null;
    const i = current ? all.findIndex((m) => m.range === current.range) : -1;
    return all[(i + 1) % all.length]!;
  }

  /** Finds a sentence the popup names, and a figure inside it if given, in the text read so far. */
  rangeForText(sentence: string, figure: string | null): Range | null {
    const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
    const wanted = squash(sentence);
    for (const chunk of this.#chunks) {
      const text = chunk.page.text;
      let at = text.indexOf(sentence);
      let length = sentence.length;
      if (at < 0) {
        // White space may differ: search the folded text and map back by counting.
        const folded = squash(text);
        const f = folded.indexOf(wanted);
        if (f < 0) continue;
        at = mapFoldedOffset(text, f);
        length = mapFoldedOffset(text, f + wanted.length) - at;
      }
      let start = at;
      let end = at + length;
      if (figure) {
        const inner = text.slice(start, end).indexOf(figure);
        if (inner >= 0) {
          start += inner;
          end = start + figure.length;
        }
      }
      return rangesFor(chunk.doc, chunk.page, [{ start, end }])[0] ?? null;
    }
    return null;
  }

  flash(range: Range): void {
    const layer = this.#layer(range.startContainer.ownerDocument ?? document);
    layer.set('flash', [range]);
    setTimeout(() => layer.set('flash', []), 1600);
  }
}

/** Offset in `text` of the character at `foldedOffset` in its white-space-folded, trimmed form. */
function mapFoldedOffset(text: string, foldedOffset: number): number {
  let i = 0;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  let folded = 0;
  while (i < text.length && folded < foldedOffset) {
    if (/\s/u.test(text[i]!)) {
      while (i < text.length && /\s/u.test(text[i]!)) i++;
      folded++;
    } else {
      i++;
      folded++;
    }
  }
  return i;
}
