/**
 * Pages built to break extensions, generated on the fly and served on 127.0.0.1. Each has a
 * heartbeat (window.__beat counts 10 ms ticks) so a test can tell the page kept working, and says
 * which topic words its text lets the extension find.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostilePage {
  name: string;
  /** Words the extension must still highlight (compared without invisible characters). */
  expect: string[];
  headers?: Record<string, string>;
  html: (otherOrigin: string) => string;
}

const HEARTBEAT = `<script>window.__beat = 0; setInterval(() => { window.__beat++; }, 10);</script>`;
const TOPIC = 'Roskomnadzor has restricted calls on WhatsApp and Telegram in Russia; according to Mediascope, WhatsApp has about 96 million users in Russia.';

const doc = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}</body></html>`;

export const HOSTILE_PAGES: HostilePage[] = [
  {
    name: 'many-elements',
    expect: ['WhatsApp', 'Telegram'],
    html: () => doc(HEARTBEAT, `<main><p>${TOPIC}</p>${'<div><span>cell</span> <b>x</b></div>'.repeat(33_400)}<p>Telegram closes the page.</p></main>`),
  },
  {
    name: 'huge-text-node',
    expect: ['WhatsApp', 'Telegram'],
    html: () => {
      const filler = 'The quiet river ran past the old mill and the garden. '.repeat(95_000);
      return doc(HEARTBEAT, `<main><p>${TOPIC} ${filler} Telegram is named at the very end.</p></main>`);
    },
  },
  {
    name: 'deep-nesting',
    expect: ['Roskomnadzor'],
    html: () =>
      doc(
        HEARTBEAT,
        // 5,000 levels: contents-only divs, then inline spans. (5,000 nested block boxes crash
        // Chromium 156's renderer with no extension at all, so the depth is made of boxes it can lay out.)
        `<main id="m"></main><script>
          let node = document.getElementById('m');
          for (let i = 0; i < 5000; i++) {
            const d = document.createElement(i < 2500 ? 'div' : 'span');
            if (i < 2500) d.style.display = 'contents';
            node.append(d); node = d;
          }
          node.textContent = ${JSON.stringify(TOPIC)};
        </script>`,
      ),
  },
  {
    name: 'rewrites-itself',
    expect: ['WhatsApp'],
    html: () =>
      doc(
        HEARTBEAT,
        `<main><p>${TOPIC}</p><section id="live"></section></main><script>
          let n = 0; const started = Date.now();
          const t = setInterval(() => {
            document.getElementById('live').innerHTML = '<p>Update ' + (n++) + ': Telegram users wrote in about calls.</p>';
            if (Date.now() - started > 4000) clearInterval(t);
          }, 3);
        </script>`,
      ),
  },
  {
    name: 'sabotaged-builtins',
    expect: ['WhatsApp', 'Roskomnadzor'],
    html: () =>
      doc(
        `<script>
          Array.prototype.push = function () { throw new Error('push sabotaged'); };
          Array.prototype.map = function () { throw new Error('map sabotaged'); };
          String.prototype.match = function () { return null; };
          JSON.parse = function () { throw new Error('JSON sabotaged'); };
          JSON.stringify = function () { return '"sabotaged"'; };
          window.Promise = function () { throw new Error('Promise sabotaged'); };
          window.CSS = { highlights: null };
          window.MutationObserver = function () { throw new Error('MO sabotaged'); };
          window.__beat = 0; setInterval(() => { window.__beat++; }, 10);
        </script>`,
        `<main><p>${TOPIC}</p></main>`,
      ),
  },
  {
    name: 'markup-in-text',
    expect: ['WhatsApp'],
    html: () =>
      doc(
        HEARTBEAT,
        `<main><p>WhatsApp has roughly 60 million users in Russia &lt;img src=x onerror="window.__pwned=1"&gt; &lt;script&gt;window.__pwned=2&lt;/script&gt;, according to Mediascope.</p><p>${TOPIC}</p></main>`,
      ),
  },
  {
    name: 'scripts-and-invisibles',
    expect: ['WhatsApp', 'Telegram', 'Roskomnadzor'],
    html: () =>
      doc(
        HEARTBEAT,
        `<main dir="auto"><p dir="rtl">משתמשים רבים 🙂 What\u00ADsApp ✅ סיפרו, قال المسؤولون إن Tele\u200Bgram محجوب.</p>
         <p>Roskom\u00ADnadzor 🇷🇺 says WhatsApp has about 9\u200B6 million users in Russia 👍.</p></main>`,
      ),
  },
  {
    name: 'frames',
    expect: ['WhatsApp'],
    html: (other) =>
      doc(
        HEARTBEAT,
        `<main><p>${TOPIC}</p>
         <iframe title="same origin" srcdoc="<p>Telegram inside a same-origin frame.</p>"></iframe>
         <iframe title="other origin" src="${other}/plain"></iframe></main>`,
      ),
  },
  {
    name: 'throws-on-events',
    expect: ['Telegram'],
    html: () =>
      doc(
        HEARTBEAT,
        `<main><p>${TOPIC}</p></main><script>
          for (const type of ['click', 'mousemove', 'mousedown', 'keydown', 'scroll', 'load', 'focus', 'blur', 'message', 'DOMContentLoaded', 'visibilitychange', 'resize']) {
            window.addEventListener(type, () => { throw new Error('page throws on ' + type); }, true);
            document.addEventListener(type, () => { throw new Error('page throws on ' + type); }, true);
          }
        </script>`,
      ),
  },
  {
    name: 'strict-csp',
    expect: ['WhatsApp', 'Telegram'],
    headers: {
      'content-security-policy':
        "default-src 'none'; script-src 'nonce-hostile'; style-src 'none'; img-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    },
    html: () =>
      doc(
        `<script nonce="hostile">window.__beat = 0; setInterval(() => { window.__beat++; }, 10);</script>`,
        `<main><p>${TOPIC}</p><p>Telegram has roughly 89 million users in Russia.</p></main>`,
      ),
  },
];

/** Serves the hostile pages on one 127.0.0.1 port and a plain page on a second (another origin). */
export async function serveHostile(): Promise<{ origin: string; close: () => Promise<void> }> {
  const other = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>WhatsApp in a cross-origin frame.</p>');
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  const otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  const cache = new Map<string, string>();
  const server = createServer((req, res) => {
    const page = HOSTILE_PAGES.find((p) => req.url === `/${p.name}.html`);
    if (!page) return void res.writeHead(404).end();
    let html = cache.get(page.name);
    if (!html) cache.set(page.name, (html = page.html(otherOrigin)));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise((ok) => server.close(() => ok(null)));
      await new Promise((ok) => other.close(() => ok(null)));
    },
  };
}
