import { repairMojibake } from './repair-mojibake';

// Invisible characters that split names and numbers without showing: soft hyphen, zero-width
// space/joiners, word joiner, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HORIZONTAL_SPACE = /[\t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]+/g;

/** Removes invisible characters and folds every run of horizontal space to one plain space. */
export function foldSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(HORIZONTAL_SPACE, ' ');
}

/** Normalises a whole document: NFC, repaired encoding, folded spaces, trimmed lines, LF endings. */
export function normalizeDocument(raw: string): string {
  const text = repairMojibake(raw.normalize('NFC')).replace(/\r\n?/g, '\n');
  return text
    .split('\n')
    .map((line) => foldSpaces(line).trim())
    .join('\n');
}
