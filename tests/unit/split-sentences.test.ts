import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/split-sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after abbreviations and initials', () => {
    expect(texts('The U.S. Treasury and Mr. Smith met J. Doe on Tuesday. Talks went well.')).toEqual([
      'The U.S. Treasury and Mr. Smith met J. Doe on Tuesday.',
      'Talks went well.',
    ]);
  });

  it('keeps a multi-sentence quotation with its attribution', () => {
    expect(texts('“We will not comply. This is censorship,” a spokesperson said. The ban started Monday.')).toEqual([
      '“We will not comply. This is censorship,” a spokesperson said.',
      'The ban started Monday.',
    ]);
  });

  it('treats straight quotes the same way', () => {
    expect(texts('"It failed. Again," she said. Next.')).toEqual(['"It failed. Again," she said.', 'Next.']);
  });

  it('breaks at line ends even without punctuation', () => {
    expect(texts('A Heading Without Period\nFirst sentence here. Second one')).toEqual([
      'A Heading Without Period',
      'First sentence here.',
      'Second one',
    ]);
  });

  it('gives offsets that point at the sentence', () => {
    const text = '  Alpha beta.  Gamma delta. ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits Russian text', () => {
    expect(texts('Роскомнадзор ограничил звонки. Пользователи жалуются на сбои.')).toHaveLength(2);
  });
});
