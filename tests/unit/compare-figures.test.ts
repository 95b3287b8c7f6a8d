import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparability, judgeFigure, overlaps, pairVerdict } from '../../lib/figures/compare-figures';
import { explainJudgement } from '../../lib/figures/explain-verdict';
import type { Figure, SourceFigure } from '../../lib/figures/figure-types';
import { parseQuantities } from '../../lib/figures/parse-quantity';

/** A page figure as the reader makes it from `written` ("about 96 million"). */
function figure(written: string, over: Partial<Figure> = {}): Figure {
  const [q] = parseQuantities(written);
  if (!q) throw new Error(`no quantity in ${written}`);
  return {
    text: q.text, start: 0, end: q.text.length, sentence: written, sentenceStart: 0, unit: q.unit, low: q.low, high: q.high,
    value: q.value, step: q.step, bound: q.bound, yearKnown: false, subjects: ['whatsapp'], subjectLabels: ['WhatsApp'],
    measure: 'people', scope: 'russia', period: null, attribution: null, ...over,
  };
}
const source = (written: string, over: Partial<SourceFigure> = {}): SourceFigure => ({ ...figure(written, over), sourceId: 's1', sentenceId: 0, asOf: '2025-08', ...over });
const explain = explainJudgement((id) => `“${id}”`);

describe('a page figure against one source figure', () => {
  it.each([
    ['96mn', 'about 96 million', 'agrees'],
    ['around 96 million', 'about 96 million', 'agrees'],
    ['97 million', 'about 96 million', 'close'],
    ['some 98 million', 'about 96 million', 'close'],
    ['99 million', 'about 96 million', 'conflicts'],
    ['about 96 million', 'more than 100 million', 'conflicts'],
    ['110 million', 'more than 100 million', 'agrees'],
    ['90 million', 'over 89 million', 'agrees'],
    ['89 million', 'over 89 million', 'dropped bound'],
    ['180 million', 'more than 180 million', 'dropped bound'],
    ['185m', 'more than 180 million', 'agrees'],
    ['over 185m', 'over 180 million', 'agrees'],
    ['170 million', 'more than 180 million', 'conflicts'],
    ['почти 96 млн', 'roughly 89 million', 'conflicts'],
    ['thousands', 'millions', 'conflicts'],
    ['millions', 'millions', 'agrees'],
    ['hundreds of thousands', 'millions', 'conflicts'],
  ] as const)('%s against %s: %s', (page, src, expected) => {
    expect(pairVerdict(figure(page), source(src))).toBe(expected);
  });

  it('dates: the same day agrees, another day conflicts, and "no earlier than" is no confirmation', () => {
    const date = (low: number, high: number, bound: Figure['bound'] = 'exact'): Figure => ({ ...figure('1'), unit: 'date', low, high, bound, yearKnown: true, measure: 'restriction:calls', value: 0, step: 0 });
    const aug11 = { ...date(20250811, 20250811), sourceId: 's', sentenceId: 0, asOf: '2025-08' };
    expect(pairVerdict(date(20250811, 20250811), aug11)).toBe('agrees');
    expect(pairVerdict(date(20250812, 20250812), aug11)).toBe('conflicts');
    expect(pairVerdict(date(20240101, 20241231), aug11)).toBe('conflicts');
    const since2022 = { ...date(20220101, 20221231, 'atLeast'), sourceId: 's', sentenceId: 0, asOf: '2025-08' };
    expect(pairVerdict(date(20220101, 20221231), since2022)).toBe('agrees');
    expect(pairVerdict(date(20210101, 20211231), since2022)).toBe('conflicts');
    expect(pairVerdict(date(20240101, 20241231), since2022)).toBe('only after');
  });
});

describe('interval relations', () => {
  const arbitrary = fc
    .tuple(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }))
    .map(([a, b]) => ({ ...figure('96 million'), low: Math.min(a, b), high: Math.max(a, b) }));

  it('overlap is symmetric', () => {
    fc.assert(
      fc.property(arbitrary, arbitrary, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
      }),
    );
  });

  it('touching intervals do not overlap: 97 million against about 96 million', () => {
    expect(overlaps(figure('97 million'), figure('about 96 million'))).toBe(false);
  });

  it('comparability is symmetric in place and subject', () => {
    const variant = fc.record({
      scope: fc.constantFrom('russia', 'india', null),
      measure: fc.constantFrom('people', 'posts per day'),
      subjects: fc.constantFrom<string[]>(['whatsapp'], ['telegram'], ['telegram', 'whatsapp']),
    });
    fc.assert(
      fc.property(variant, variant, (x, y) => {
        expect(comparability(figure('1', x), source('1', y))).toBe(comparability(figure('1', y), source('1', x)));
      }),
    );
  });
});

describe('periods', () => {
  it('an undated source figure holds for the months before its source was written', () => {
    const mid2025 = source('about 96 million', { asOf: '2025-08' });
    expect(comparability(figure('96 million', { period: '2025' }), mid2025)).toBe('same');
    expect(comparability(figure('96 million', { period: '2025-07' }), mid2025)).toBe('same');
    expect(comparability(figure('96 million', { period: '2026-01' }), mid2025)).toBe('different period');
    expect(comparability(figure('96 million', { period: '2020' }), mid2025)).toBe('different period');
    expect(comparability(figure('96 million'), mid2025)).toBe('same');
  });

  it('a source that does not say when gives no verdict on a dated page figure', () => {
    expect(comparability(figure('96 million', { period: '2025' }), source('about 96 million', { asOf: null }))).toBe('different period');
  });
});

describe('judgeFigure', () => {
  const mediascope = source('about 96 million', { sourceId: 'a', attribution: 'Mediascope' });
  const whatsapp = source('more than 100 million', { sourceId: 'b', attribution: 'WhatsApp' });

  it('agrees with one side of a disagreement and says what the other side says', () => {
    const j = judgeFigure(figure('about 96 million'), [mediascope, whatsapp], explain);
    expect(j.verdict).toBe('agrees');
    expect(j.agreeing).toBe(1);
    expect(j.explanation).toBe('This page says about 96 million users for WhatsApp; “a” says about 96 million (Mediascope), though “b” says more than 100 million (WhatsApp\'s own figure).');
  });

  it('is close, not a conflict, within rounding, and says so', () => {
    const j = judgeFigure(figure('97 million'), [mediascope], explain);
    expect(j.verdict).toBe('close');
    expect(j.explanation).toMatch(/^Close, within rounding: this page says 97 million users for WhatsApp; “a” says about 96 million/u);
  });

  it('names a dropped "more than"', () => {
    const combined = source('more than 180 million', { subjects: ['telegram', 'whatsapp'], subjectLabels: ['Telegram', 'WhatsApp'] });
    const j = judgeFigure(figure('180 million', { subjects: ['telegram', 'whatsapp'], subjectLabels: ['Telegram', 'WhatsApp'] }), [combined], explain);
    expect(j.verdict).toBe('close');
    expect(j.explanation).toContain('leaves out the sources’ “more than”');
  });

  it('conflicts when every comparable source figure is further off', () => {
    const j = judgeFigure(figure('60 million'), [mediascope, whatsapp], explain);
    expect(j.verdict).toBe('conflicts');
    expect(j.explanation).toBe('This page says 60 million users for WhatsApp; “a” says about 96 million (Mediascope), and “b” says more than 100 million (WhatsApp\'s own figure).');
  });

  it('another place or period is unverified, with the reason', () => {
    const india = judgeFigure(figure('more than 500 million', { scope: 'india' }), [mediascope], explain);
    expect(india).toMatchObject({ verdict: 'unverified' });
    expect(india.explanation).toBe('The sources count WhatsApp users in Russia (about 96 million), not in India.');
    const past = judgeFigure(figure('60 million', { period: '2020' }), [mediascope], explain);
    expect(past.verdict).toBe('unverified');
    expect(past.explanation).toBe("The sources' figure for WhatsApp users (about 96 million) was reported by August 2025; this page's 60 million is for 2020.");
  });

  it('another subject or measure is not compared at all', () => {
    const j = judgeFigure(figure('2 million', { subjects: ['telegram'], subjectLabels: ['Telegram'] }), [mediascope], explain);
    expect(j).toMatchObject({ verdict: 'unverified', sources: [] });
    expect(j.explanation).toBe('The sources give no figure for Telegram users.');
  });
});
