import type { SourceFileMeta } from '../pack/build-source-pack';
import { parseStandaloneDate } from './extract-metadata';

export interface MarkdownSource {
  text: string;
  stated: SourceFileMeta;
}

/** Front matter keys that state a source's metadata, by the names common site generators use. */
const KEYS: Record<string, keyof SourceFileMeta> = {
  title: 'title', headline: 'title', outlet: 'outlet', publisher: 'outlet', site: 'outlet', source: 'outlet',
  date: 'date', published: 'date', url: 'url', link: 'url', canonical: 'url',
};

function frontMatter(md: string): { body: string; stated: SourceFileMeta } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(md);
  const stated: SourceFileMeta = {};
  if (!m) return { body: md, stated };
  for (const line of m[1]!.split(/\r?\n/u)) {
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/u.exec(line);
    const key = kv && KEYS[kv[1]!.toLowerCase()];
    if (!key) continue;
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/u, '$2').trim();
    if (!value || stated[key]) continue;
    if (key === 'date') {
      const date = parseStandaloneDate(value);
      if (date) stated.date = date;
    } else if (key === 'url') {
      if (/^https?:\/\/\S+$/u.test(value)) stated.url = value;
    } else stated[key] = value;
  }
  return { body: md.slice(m[0].length), stated };
}

/** Markdown to the plain text the pipeline reads: markup gone, link and emphasis text kept. */
export function markdownToText(md: string): MarkdownSource {
  const { body, stated } = frontMatter(md);
  const text = body
    .replace(/^(```|~~~)[\s\S]*?^\1\s*$/gmu, '') // code blocks are not article prose
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1') // links keep their words
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gmu, '$1') // headings
    .replace(/^[ \t]{0,3}>[ \t]?/gmu, '') // quotes
    .replace(/^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$/gmu, '') // rules
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/gu, '$1$2')
    .replace(/`([^`]+)`/gu, '$1');
  return { text, stated };
}
