import { endsLikeSentence, isProse, stripBullet, wordCount } from './classify-lines';

/**
 * Drops page furniture that scrapers leave in article text: share bars, image file names, counters,
 * repeated titles, comment and trending sections, disclaimers and language menus. Works on lines,
 * by the shape and vocabulary of page furniture, so it holds for any outlet.
 */

// Words that make up buttons, section labels and comment widgets on news pages.
const UI_WORDS = new Set(
  (
    'share this news article story post your comment comments reply replies leave a the reward repost like likes ' +
    'follow subscribe print email tweet view original all read more trending posts quick links related oldest newest ' +
    'most voted inline feedbacks no guest community download app sign in log up menu home advertisement sponsored ' +
    'skip to content back top next previous tags see also popular recommended load show hide copy link save bookmark ' +
    'report login register newsletter sections search close open on by feedback comment(s) discussion join ' +
    'поделиться комментарии комментарий читать далее ещё еще подписаться реклама главная новости похожие'
  ).split(' '),
);

// Autonyms of languages as they appear in site language pickers.
const LANGUAGE_NAMES = new Set([
  'english', 'español', 'русский', '简体中文', '繁體中文', '中文', 'tiếng việt', 'français', 'português', 'deutsch',
  'italiano', 'bahasa indonesia', 'bahasa melayu', '日本語', '한국어', 'العربية', 'بالعربية', 'українська', 'türkçe',
  'polski', 'nederlands', 'हिन्दी', 'ไทย', 'filipino', 'svenska', 'norsk', 'dansk', 'suomi', 'čeština', 'ελληνικά',
  'עברית', 'فارسی', 'română', 'magyar', 'қазақ тілі', "o'zbek", 'беларуская', 'български', 'српски', 'hrvatski',
]);

const DISCLAIMER_CUES = [
  /information(al)? purposes only/i, /should not be (considered|construed)/i, /(financial|investment|professional) advice/i,
  /\bdisclaimer\b/i, /third[- ]party content/i, /\bendorsement\b/i, /all rights reserved/i, /\bcookies?\b/i,
  /not (a )?representations?/i, /terms of (use|service)/i, /privacy policy/i,
];

const COMMENT_SECTION_START = /^(\d+\s+)?(comments?|responses?|replies|leave a (comment|reply)|share your comment|join the discussion|комментарии)$/iu;

function isCounter(line: string): boolean {
  return /^[\d\s.,/:+\-–%]*$/u.test(line);
}

function isFileName(line: string): boolean {
  if (/\s/u.test(line)) return false;
  if (/\.(jpe?g|png|gif|webp|svg|avif|bmp|heic)$/iu.test(line)) return true;
  // Camera and messenger file names (IMG_0042, IMG-20250101-WA0001, DSC01234) and widget ids (qrCode).
  const digits = line.replace(/\D/gu, '').length;
  if (digits >= 3 && /[-_]/u.test(line) && /^[\p{L}\p{N}_-]+$/u.test(line)) return true;
  if (/^[A-Z]{2,5}[-_]?\d{3,}$/u.test(line)) return true;
  return /^\p{Ll}+\p{Lu}[\p{L}\p{N}]*$/u.test(line);
}

function isUiLabel(line: string): boolean {
  if (endsLikeSentence(line) || wordCount(line) > 5) return false;
  const words = line.toLowerCase().split(/[\s|/·•]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => UI_WORDS.has(w) || /^\d+$/u.test(w));
}

function isLanguageName(line: string): boolean {
  const base = line.replace(/\s*\(.*\)$/u, '').trim().toLowerCase();
  return LANGUAGE_NAMES.has(base);
}

function isDisclaimer(line: string): boolean {
  let cues = 0;
  for (const cue of DISCLAIMER_CUES) if (cue.test(line)) cues++;
  return cues >= 2;
}

export function isFurniture(line: string): boolean {
  return isCounter(line) || isFileName(line) || isUiLabel(line) || isLanguageName(line) || isDisclaimer(line);
}

/** Returns the article's lines without page furniture. Blank lines are dropped. */
export function stripBoilerplate(lines: readonly string[]): string[] {
  const kept: string[] = [];
  const seenShort = new Set<string>();
  for (const rawLine of lines) {
    const line = stripBullet(rawLine.trim());
    if (!line || isFurniture(line)) continue;
    // A repeated title or heading appears once.
    if (!isProse(line)) {
      const key = line.toLowerCase();
      if (seenShort.has(key)) continue;
      seenShort.add(key);
    }
    kept.push(line);
  }

  // A comment section runs to the end of the article text; cut it when the article is before it.
  const proseBefore = (i: number) => kept.slice(0, i).filter(isProse).length;
  const commentStart = kept.findIndex((l, i) => COMMENT_SECTION_START.test(l) && proseBefore(i) > 0);
  if (commentStart > 0 && proseBefore(commentStart) >= kept.length - commentStart - 1) {
    kept.length = commentStart;
  }

  // Whatever short lines trail the last paragraph are widgets, menus and teasers.
  let lastProse = kept.length - 1;
  while (lastProse >= 0 && !isProse(kept[lastProse]!)) lastProse--;
  if (lastProse >= 0) kept.length = lastProse + 1;
  return kept;
}
