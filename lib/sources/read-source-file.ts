import type { SourceFile } from '../pack/build-source-pack';
import { decodeText, MAX_SOURCE_BYTES, TextFileError } from '../text/decode-text';
import { htmlToText } from './html-to-text';
import { markdownToText } from './markdown-to-text';

/** File kinds a source may come in. */
export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export function isSourceFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Reads one source file (bytes as stored on disk or picked in the browser) into the text and stated
 * metadata the pack builder takes. Throws TextFileError, naming the file, for anything it cannot
 * read as an article: an unknown kind, binary, empty, oversized, mis-encoded, or no text left.
 */
export function readSourceFile(name: string, bytes: Uint8Array): SourceFile {
  if (!isSourceFileName(name)) throw new TextFileError(`${name}: not a .txt, .md or .html file`);
  const html = /\.html?$/iu.test(name);
  const raw = decodeText(bytes, name, { html });
  const { text, stated } = html ? htmlToText(raw) : /\.(md|markdown)$/iu.test(name) ? markdownToText(raw) : { text: raw, stated: {} };
  if (text.trim() === '') throw new TextFileError(`${name}: no readable text in it`);
  return { name, content: text, stated };
}

/** A source typed or pasted in: the title is the reader's, the text is read as plain text. */
export function pastedSource(name: string, title: string, text: string): SourceFile {
  const t = title.replace(/\s+/gu, ' ').trim();
  if (text.trim() === '') throw new TextFileError(`${t || name}: the text is empty`);
  if (new TextEncoder().encode(text).length > MAX_SOURCE_BYTES) throw new TextFileError(`${t || name}: over the 2 MB a source may have`);
  return { name, content: text, stated: t ? { title: t } : {} };
}
