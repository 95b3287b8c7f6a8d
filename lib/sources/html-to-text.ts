import { Parser } from 'htmlparser2';
import type { SourceFileMeta } from '../pack/build-source-pack';
import { parseStandaloneDate } from './extract-metadata';

/** Elements whose content is never article text. Scripts are read as text by no one: nothing runs. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'head', 'title']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote',
  'br', 'tr', 'table', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'pre', 'hr', 'address',
]);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track']);

export interface HtmlSource {
  text: string;
  stated: SourceFileMeta;
}

const clean = (s: string | undefined) => s?.replace(/\s+/gu, ' ').trim() || undefined;

function httpUrl(s: string | undefined): string | undefined {
  if (!s) return undefined;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An HTML file's article text and what its markup states (headline, site name, publication date,
 * canonical address). A tokenizer, not a DOM: it works in a worker and in Node, and no script or
 * handler in the file can run. Text inside <article> or <main> wins over the rest of the page.
 */
export function htmlToText(html: string): HtmlSource {
  const all: string[] = [];
  const main: string[] = [];
  let skipDepth = 0;
  let mainDepth = 0;
  const stack: string[] = [];
  const meta: Record<string, string> = {};
  let title = '';
  let h1 = '';
  let inTitle = false;
  let inH1 = false;
  let canonical: string | undefined;

  const push = (s: string) => {
    all.push(s);
    if (mainDepth > 0) main.push(s);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (!VOID.has(name)) stack.push(name);
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content) meta[key] ??= attrs.content;
        }
        if (name === 'link' && /\bcanonical\b/iu.test(attrs.rel ?? '')) canonical ??= attrs.href;
        if (name === 'title') inTitle = true;
        if (name === 'time' && attrs.datetime && !meta['time']) meta['time'] = attrs.datetime;
        if (SKIP.has(name) && !VOID.has(name)) skipDepth++;
        if (name === 'article' || name === 'main') mainDepth++;
        if (name === 'h1' && !h1) inH1 = true;
        if (BLOCK.has(name)) push('\n');
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        if (inH1) h1 += text;
        push(text);
      },
      onclosetag(name, implied) {
        if (VOID.has(name) && !implied) return;
        // Unclosed or stray tags: close what is open down to this one, if it is open at all.
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        for (const open of stack.splice(at).reverse()) {
          if (SKIP.has(open)) skipDepth--;
          if (open === 'article' || open === 'main') mainDepth--;
          if (open === 'title') inTitle = false;
          if (open === 'h1') inH1 = false;
          if (BLOCK.has(open)) push('\n');
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const join = (parts: string[]) =>
    parts
      .join('')
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/gu, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  const mainText = join(main);
  const text = mainText.split(/\s+/u).length >= 30 ? mainText : join(all);

  const dateRaw = meta['article:published_time'] ?? meta['datepublished'] ?? meta['date'] ?? meta['dc.date'] ?? meta['time'];
  const stated: SourceFileMeta = {};
  const t = clean(meta['og:title']) ?? clean(h1) ?? clean(title);
  if (t) stated.title = t;
  const outlet = clean(meta['og:site_name']) ?? clean(meta['application-name']);
  if (outlet) stated.outlet = outlet;
  const date = dateRaw ? parseStandaloneDate(dateRaw) : null;
  if (date) stated.date = date;
  const url = httpUrl(canonical) ?? httpUrl(meta['og:url']);
  if (url) stated.url = url;
  return { text, stated };
}
