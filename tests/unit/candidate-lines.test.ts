import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERS_BACK } from '../../lib/figures/refers-back';
import type { PageSentence } from '../../lib/matching/match-facts';
import { candidateLines, MAX_CANDIDATES, MAX_LINE_CHARS, MAX_LINES, MAX_LINES_CHARS, MAX_SENTENCE_CHARS } from '../../lib/page/candidate-lines';
import { FIGURE_HINT, sentencesOfLines } from '../../lib/page/candidate-sentences';
import { readPageText } from '../../lib/page/read-page-text';
import { splitSentences } from '../../lib/text/split-sentences';
import { findMentions } from '../../lib/topics/find-mentions';
import type { Mention } from '../../lib/topics/topic-types';
import { fixturePage } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

const { lexicon } = seedPack();
const PAGES = readdirSync(resolve(import.meta.dirname, '../fixtures/pages')).filter((f) => f.endsWith('.html'));

/**
 * The page's candidate sentences worked out on the whole text in one place, as the content script
 * did before it sent lines: every line with a mention, and the line after when it refers back.
 */
function reference(text: string, mentions: readonly Mention[]): PageSentence[] {
  const lines: Array<[number, number]> = [];
  const lineAround = (at: number): [number, number] => {
    const nl = text.indexOf('\n', at);
    return [text.lastIndexOf('\n', at - 1) + 1, nl < 0 ? text.length : nl];
  };
  for (const m of mentions) {
    const line = lineAround(m.start);
    if (!lines.some(([s]) => s === line[0])) lines.push(line);
    if (line[1] < text.length) {
      const next = lineAround(line[1] + 1);
      if (!lines.some(([s]) => s === next[0]) && REFERS_BACK.test(text.slice(next[0], next[0] + 40))) lines.push(next);
    }
  }
  const out: PageSentence[] = [];
  for (const [from, to] of lines.sort((a, b) => a[0] - b[0])) {
    for (const s of splitSentences(text.slice(from, to))) {
      const start = s.start + from;
      const topics = [...new Set(mentions.filter((m) => m.start < start + s.text.length && m.end > start).map((m) => m.topicId))];
      if (s.text.length > MAX_SENTENCE_CHARS || (topics.length === 0 && !FIGURE_HINT.test(s.text))) continue;
      out.push({ text: s.text, start, topics });
    }
  }
  return out.slice(0, MAX_CANDIDATES);
}

describe('candidate lines, split in the background', () => {
  it.each(PAGES)('give on %s the sentences a split of the whole text gives', (name) => {
    const { text } = readPageText(fixturePage(name));
    const mentions = findMentions(text, lexicon);
    expect(sentencesOfLines(candidateLines(text, mentions))).toEqual(reference(text, mentions));
  });

  it('give in random text the sentences a split of the whole text gives', () => {
    const words = fc.constantFrom('WhatsApp', 'Telegram', 'Russia', 'Mediascope', 'about', '96', 'million', 'said.', 'It', 'The platform', '\n', '\n\n', ' ', 'a', 'Mr.', 'U.S.', '"', 'Roskomnadzor', 'since August.');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const mentions = findMentions(text, lexicon);
        expect(sentencesOfLines(candidateLines(text, mentions))).toEqual(reference(text, mentions));
      }),
      { numRuns: 300 },
    );
  });

  it('send only the lines with mentions and the line after each', () => {
    const text = 'Nothing here.\nTelegram grew.\nIt has 10 million users.\nUnrelated 5 things.\nMore.\nWhatsApp too.';
    const lines = candidateLines(text, findMentions(text, lexicon));
    expect(lines.map((l) => l.text)).toEqual(['Telegram grew.', 'It has 10 million users.', 'WhatsApp too.']);
    for (const line of lines) expect(text.slice(line.start, line.start + line.text.length)).toBe(line.text);
    expect(lines[0]!.mentions).toEqual([{ topicId: expect.any(String), start: 0, end: 8 }]);
    // The line after is split only when it refers back.
    expect(sentencesOfLines(lines).map((s) => s.text)).toEqual(['Telegram grew.', 'It has 10 million users.', 'WhatsApp too.']);
    const notBack = candidateLines('Telegram grew.\nUnrelated 5 things.', findMentions('Telegram grew.\nUnrelated 5 things.', lexicon));
    expect(sentencesOfLines(notBack).map((s) => s.text)).toEqual(['Telegram grew.']);
  });

  it('send a line with no block structure only around its mentions, and read no sentence a cut runs through', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler sentence ${i} has 3 figures.`).join(' ');
    const text = `${filler(1500)} Telegram has about 96 million users in Russia. ${filler(1500)}`;
    expect(text.length).toBeGreaterThan(2 * MAX_LINE_CHARS);
    const mentions = findMentions(text, lexicon);
    const lines = candidateLines(text, mentions);
    const sent = lines.reduce((n, l) => n + l.text.length, 0);
    expect(sent).toBeLessThanOrEqual(2 * MAX_SENTENCE_CHARS + 100);
    expect(lines.every((l) => l.cutStart && l.cutEnd)).toBe(true);
    const sentences = sentencesOfLines(lines);
    expect(sentences.map((s) => s.text)).toContain('Telegram has about 96 million users in Russia.');
    // Every sentence read is whole: the same text at the same place in the page.
    for (const s of sentences) {
      expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      expect(s.text).toMatch(/^(?:Filler|Telegram)[^.]*\.$/u);
    }
  });

  it('stop at MAX_CANDIDATES lines with mentions and stay within the limits the background checks', () => {
    const text = Array.from({ length: 900 }, (_, i) => `Telegram story ${i} is here. It has ${i} million readers.`).join('\n');
    const lines = candidateLines(text, findMentions(text, lexicon));
    expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
    expect(lines.filter((l) => l.mentions.length > 0)).toHaveLength(MAX_CANDIDATES);
    expect(lines.reduce((n, l) => n + l.text.length, 0)).toBeLessThanOrEqual(MAX_LINES_CHARS);
    const sentences = sentencesOfLines(lines);
    expect(sentences).toHaveLength(MAX_CANDIDATES);
    expect(sentences).toEqual(reference(text, findMentions(text, lexicon)));
  });
});
