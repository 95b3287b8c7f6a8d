/**
 * Watches a page for text that arrives later and for single-page navigation, and hands the work
 * over in idle time, a few subtrees per idle slice, so a busy page never stalls.
 */

export interface WatchCallbacks {
  /** New subtrees to read. Called in idle time. */
  onAdded: (roots: Node[]) => Promise<void>;
  /** The URL changed without a page load (history.pushState, popstate). */
  onNavigate: () => Promise<void>;
  /** Nodes that belong to the extension itself (the card) and must not be read. */
  isOwn: (node: Node) => boolean;
}

const MAX_QUEUE = 400;
/** A page that keeps rewriting itself is read again at most this often. */
const MIN_RESCAN_INTERVAL_MS = 3000;
/** Text added later is read in batches at most this often. */
const MIN_BATCH_INTERVAL_MS = 250;
const IDLE_TIMEOUT_MS = 1000;
const URL_POLL_MS = 1000;

type IdleCallback = (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void, opts?: { timeout: number }) => number;

function hasText(node: Node): boolean {
  return node.nodeType === 1 ? (node.textContent ?? '').trim().length > 0 : node.nodeType === 3 && (node as Text).data.trim().length > 0;
}

export function watchPage(doc: Document, callbacks: WatchCallbacks): () => void {
  const win = doc.defaultView!;
  const idle: IdleCallback = (win.requestIdleCallback?.bind(win) as IdleCallback | undefined) ?? ((cb) => win.setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: true }), 50));
  let queue: Node[] = [];
  let overflow = false;
  let scheduled = false;
  let running = false;
  let lastUrl = doc.location?.href ?? '';
  let stopped = false;
  let lastRescan = 0;
  let lastBatch = 0;

  const schedule = (delay = 0) => {
    if (scheduled || stopped) return;
    scheduled = true;
    const go = () => idle(work, { timeout: IDLE_TIMEOUT_MS });
    if (delay > 0) win.setTimeout(go, delay);
    else go();
  };

  const checkUrl = () => {
    const href = doc.location?.href ?? '';
    if (href === lastUrl) return false;
    lastUrl = href;
    queue = [];
    overflow = false;
    void run(() => callbacks.onNavigate());
    return true;
  };

  async function run(task: () => Promise<void>) {
    // One scan at a time; what arrives meanwhile waits in the queue.
    while (running) await new Promise((ok) => win.setTimeout(ok, 20));
    running = true;
    try {
      await task();
    } catch (err) {
      console.debug('[Source Context] rescan failed', err);
    } finally {
      running = false;
    }
  }

  function work(deadline: { timeRemaining(): number }) {
    scheduled = false;
    if (stopped || checkUrl()) return;
    const now = Date.now();
    if (overflow) {
      // More changed than is worth tracking piece by piece: read the page again, but not more
      // often than every few seconds however fast the page rewrites itself.
      if (now - lastRescan < MIN_RESCAN_INTERVAL_MS) return schedule(MIN_RESCAN_INTERVAL_MS - (now - lastRescan));
      overflow = false;
      queue = [];
      lastRescan = now;
      void run(() => callbacks.onNavigate());
      return;
    }
    if (now - lastBatch < MIN_BATCH_INTERVAL_MS) return schedule(MIN_BATCH_INTERVAL_MS - (now - lastBatch));
    lastBatch = now;
    const batch: Node[] = [];
    while (queue.length > 0 && (deadline.timeRemaining() > 4 || batch.length === 0)) {
      const node = queue.shift()!;
      if (!node.isConnected || callbacks.isOwn(node) || !hasText(node)) continue;
      if (batch.some((b) => b.contains(node))) continue;
      batch.push(node);
      if (batch.length >= 20) break;
    }
    if (batch.length > 0) void run(() => callbacks.onAdded(batch));
    if (queue.length > 0) schedule();
  }

  const observer = new win.MutationObserver((records) => {
    if (checkUrl()) return;
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1 && node.nodeType !== 3) continue;
        if (queue.length >= MAX_QUEUE) {
          overflow = true;
          break;
        }
        queue.push(node.nodeType === 3 ? (node.parentNode ?? node) : node);
      }
    }
    if (queue.length > 0 || overflow) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });

  const onPopState = () => {
    checkUrl();
  };
  win.addEventListener('popstate', onPopState);
  // pushState fires no event the content script can see; most navigations also change the DOM,
  // which the observer catches, and this slow poll covers the rest.
  const poll = win.setInterval(checkUrl, URL_POLL_MS);

  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('popstate', onPopState);
    win.clearInterval(poll);
  };
}
