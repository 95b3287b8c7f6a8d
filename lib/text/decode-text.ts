/** Why a file's bytes cannot be read as text; the message names the file. */
export class TextFileError extends Error {}

/** Largest source file read: a long article is ~100 KB; anything near this is not one article. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const LABELS = new Set(['utf-8', 'utf8', 'windows-1251', 'windows-1252', 'iso-8859-1', 'latin1', 'koi8-r', 'utf-16le', 'utf-16be']);

/** The charset an HTML file declares in its first 1024 bytes, as the HTML standard's prescan does. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function decodeStrict(bytes: Uint8Array, label: string, name: string): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileError(`${name}: not valid ${label.toUpperCase()} text (mis-encoded?); save it as UTF-8`);
  }
}

/**
 * Decodes a text file: UTF-16 or UTF-8 by byte-order mark, else the charset an HTML file declares,
 * else strict UTF-8. Refuses empty, oversized and binary files rather than guessing.
 */
export function decodeText(bytes: Uint8Array, name: string, opts: { html?: boolean } = {}): string {
  if (bytes.length === 0) throw new TextFileError(`${name}: empty file`);
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new TextFileError(`${name}: ${(bytes.length / 1048576).toFixed(1)} MB is over the 2 MB a source may have`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict(bytes.subarray(2), 'utf-16le', name);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict(bytes.subarray(2), 'utf-16be', name);
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decodeStrict(bytes.subarray(3), 'utf-8', name);
  else {
    if (bytes.includes(0)) throw new TextFileError(`${name}: binary data, not text`);
    const declared = opts.html ? declaredCharset(bytes) : null;
    text = decodeStrict(bytes, declared && LABELS.has(declared) ? declared : 'utf-8', name);
  }
  // Control characters other than white space mark a binary file that happens to decode.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/gu)?.length ?? 0;
  if (controls > 0 && controls >= text.length / 200) throw new TextFileError(`${name}: binary data, not text`);
  if (text.trim() === '') throw new TextFileError(`${name}: empty file`);
  return text;
}
