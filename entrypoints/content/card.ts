import type { PageMark } from '../../lib/messages/protocol';

/**
 * The card that opens on a highlighted fact or figure. It lives in a closed shadow root, so the
 * page's CSS cannot reach it and its CSS cannot reach the page; all page and source text goes in as
 * text nodes, never as HTML.
 */

// Written compactly: this string ships in every page's content script as it is.
const CARD_CSS =
  ':host{all:initial;position:fixed;z-index:2147483647}.card{box-sizing:border-box;width:min(360px,calc(100vw - 16px));max-height:60vh;overflow:auto;font:13px/1.45 system-ui,sans-serif;color:#1c1f23;background:#fff;border:1px solid #c9ced4;border-radius:8px;box-shadow:0 6px 24px #0000002e;padding:10px 12px}.card.dark{color:#e8eaed;background:#23262b;border-color:#444a52}.card:focus{outline:2px solid #3b82f6;outline-offset:2px}.verdict{font-weight:700;margin:0 24px 6px 0}.conflicts .verdict{color:#b3261e}.dark.conflicts .verdict{color:#ff8a80}.agrees .verdict,.confirmed .verdict{color:#1d6b48}.close .verdict{color:#8a5a00}.dark.close .verdict{color:#ffc86b}.dark.agrees .verdict,.dark.confirmed .verdict{color:#6fe0a0}.explanation{margin:0 0 8px}blockquote{margin:6px 0;padding-left:8px;border-left:3px solid #c48a00}.dark blockquote{border-left-color:#f2c46b}cite{display:block;font-style:normal;font-size:12px;opacity:.8;margin-top:2px}button.close{position:absolute;top:6px;right:8px;border:0;background:transparent;color:inherit;font-size:18px;line-height:1;cursor:pointer;padding:2px 6px}';

const VERDICT_TITLES: Record<PageMark['verdict'], string> = {
  conflicts: 'Conflicts with the sources',
  agrees: 'The sources agree',
  close: 'Close to the sources',
  confirmed: 'A source says the same',
  unverified: 'Not in the sources',
};

function pageLooksDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const bg = win.getComputedStyle(el).backgroundColor;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/u.exec(bg);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export class HighlightCard {
  #host: HTMLElement | null = null;
  #root: ShadowRoot | null = null;
  #current: PageMark | null = null;
  #anchor: Range | null = null;
  #returnFocus: Element | null = null;

  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  get open(): boolean {
    return this.#host?.isConnected === true;
  }

  get mark(): PageMark | null {
    return this.open ? this.#current : null;
  }

  get anchorRange(): Range | null {
    return this.open ? this.#anchor : null;
  }

  contains(node: Node | null): boolean {
    return Boolean(node && this.#host && (node === this.#host || this.#host.contains(node)));
  }

  isOwn(node: Node): boolean {
    return this.contains(node);
  }

  show(mark: PageMark, range: Range, focus: boolean): void {
    if (this.open && this.#current === mark && !focus) return;
    this.#current = mark;
    this.#anchor = range;
    if (!this.#host) {
      this.#host = this.#doc.createElement('source-context-card');
      this.#root = this.#host.attachShadow({ mode: 'closed' });
    }
    const root = this.#root!;
    root.replaceChildren();
    this.#styleRoot(root);
    const card = this.#doc.createElement('div');
    card.className = `card ${mark.verdict}${pageLooksDark(this.#doc) ? ' dark' : ''}`;
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', mark.label);
    card.tabIndex = -1;

    const title = this.#doc.createElement('p');
    title.className = 'verdict';
    title.textContent = VERDICT_TITLES[mark.verdict];
    const explanation = this.#doc.createElement('p');
    explanation.className = 'explanation';
    explanation.textContent = mark.explanation;
    card.append(title, explanation);
    for (const q of mark.quotes.slice(0, 3)) {
      const quote = this.#doc.createElement('blockquote');
      quote.textContent = `“${q.quote.replace(/^["“]|["”]$/gu, '')}”`;
      const cite = this.#doc.createElement('cite');
      cite.textContent = q.figure ? `${q.source} · ${q.figure}` : q.source;
      quote.append(cite);
      card.append(quote);
    }
    const close = this.#doc.createElement('button');
    close.className = 'close';
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => this.hide());
    card.append(close);
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.hide();
      }
    });
    root.append(card);
    if (!this.#host.isConnected) this.#doc.documentElement.append(this.#host);
    this.#place(range);
    if (focus) {
      this.#returnFocus = this.#doc.activeElement;
      card.focus({ preventScroll: true });
    }
  }

  /**
   * A constructed stylesheet: a page's Content-Security-Policy that forbids inline styles does not
   * apply to it. Where constructed sheets are missing, a <style> inside the shadow root does the job.
   */
  #styleRoot(root: ShadowRoot): void {
    const Sheet = this.#doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    }
    const style = this.#doc.createElement('style');
    style.textContent = CARD_CSS;
    root.append(style);
  }

  /** Puts the card below the highlight, or above it when there is no room below. */
  #place(range: Range): void {
    if (!this.#host) return;
    const rect = range.getBoundingClientRect();
    const win = this.#doc.defaultView!;
    const width = Math.min(360, win.innerWidth - 16);
    const left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
    const below = rect.bottom + 8;
    const style = this.#host.style;
    style.setProperty('left', `${left}px`, 'important');
    if (below + 200 < win.innerHeight || rect.top < 220) {
      style.setProperty('top', `${below}px`, 'important');
      style.removeProperty('bottom');
    } else {
      style.setProperty('bottom', `${win.innerHeight - rect.top + 8}px`, 'important');
      style.removeProperty('top');
    }
  }

  /** On scroll: follow the highlight while it is on screen, close once it has left. */
  follow(): void {
    if (!this.open || !this.#anchor) return;
    const rect = this.#anchor.getBoundingClientRect();
    const win = this.#doc.defaultView!;
    if (rect.bottom < 0 || rect.top > win.innerHeight || (rect.width === 0 && rect.height === 0)) this.hide();
    else this.#place(this.#anchor);
  }

  hide(): void {
    if (!this.#host?.isConnected) return;
    const hadFocus = this.#doc.activeElement === this.#host;
    this.#host.remove();
    this.#current = null;
    this.#anchor = null;
    if (hadFocus && this.#returnFocus instanceof HTMLElement) this.#returnFocus.focus({ preventScroll: true });
    this.#returnFocus = null;
  }
}
