/**
 * Text with its invisible format characters removed, and where each remaining character came from,
 * so findings in the visible text can point back into the original ("9\u200B6 million" is 96 million).
 */
export interface VisibleText {
  text: string;
  /** origin[i]: offset in the original of visible character i; origin[text.length] is the original length. */
  origin: number[];
}

const INVISIBLE = /\p{Cf}/u;
// Tabs, non-breaking and doubled spaces: what a reader sees as one space between words.
const ODD_SPACE = /[^\S ]| {2}/u;

/** The text with invisible characters removed and every run of white space read as one space. */
export function stripInvisible(original: string): VisibleText {
  if (!INVISIBLE.test(original) && !ODD_SPACE.test(original)) return { text: original, origin: [] };
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (/\s/u.test(ch)) {
      if (chars[chars.length - 1] === ' ') continue;
      chars.push(' ');
    } else chars.push(ch);
    origin.push(i);
  }
  origin.push(original.length);
  return { text: chars.join(''), origin };
}

/** The original offset of a visible offset (identity when nothing was stripped). */
export function originalOffset(v: VisibleText, offset: number): number {
  return v.origin.length === 0 ? offset : (v.origin[offset] ?? v.origin[v.origin.length - 1]!);
}
