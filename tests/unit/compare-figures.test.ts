import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparability, judgeFigure, overlaps } from '../../lib/figures/compare-figures';
import type { Figure, SourceFigure } from '../../lib/figures/figure-types';

function figure(over: Partial<Figure>): Figure {
  return {
    text: '96 million', start: 0, end: 10, sentence: 'x', sentenceStart: 0, unit: 'count', low: 95.5e6, high: 96.5e6,
    bound: 'exact', yearKnown: false, subjects: ['whatsapp'], measure: 'users', scope: 'russia', period: null,
    attribution: null, ...over,
  };
}
const source = (over: Partial<SourceFigure>): SourceFigure => ({ ...figure(over), sourceId: over.sourceId ?? 's1', sentenceId: 0 });
const name = (id: string) => `source ${id}`;

describe('interval relations', () => {
  const arbitraryFigure = fc
    .tuple(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.boolean())
    .map(([a, b, open]) => figure({ low: Math.min(a, b), high: open ? Infinity : Math.max(a, b) }));

  it('overlap is symmetric', () => {
    fc.assert(
      fc.property(arbitraryFigure, arbitraryFigure, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
      }),
    );
  });

  it('comparability is symmetric', () => {
    const variant = fc.record({
      scope: fc.constantFrom('russia', 'india', null),
      period: fc.constantFrom('2020', null),
      measure: fc.constantFrom('users', 'posts per day'),
      subjects: fc.constantFrom<string[]>(['whatsapp'], ['telegram'], ['telegram', 'whatsapp']),
    });
    fc.assert(
      fc.property(variant, variant, (x, y) => {
        expect(comparability(figure(x), figure(y))).toBe(comparability(figure(y), figure(x)));
      }),
    );
  });

  it('touching intervals do not overlap: roughly 97 million against about 96 million', () => {
    expect(overlaps(figure({ low: 96.5e6, high: 97.5e6 }), figure({ low: 95.5e6, high: 96.5e6 }))).toBe(false);
  });

  it('dates without a year compare by month and day; a whole year does not', () => {
    const aug11 = figure({ unit: 'date', measure: 'start date', low: 811, high: 811 });
    const aug14y = figure({ unit: 'date', measure: 'start date', low: 20250814, high: 20250814, yearKnown: true });
    const year2024 = figure({ unit: 'date', measure: 'start date', low: 20240101, high: 20241231, yearKnown: true });
    expect(comparability(aug11, aug14y)).toBe('same');
    expect(overlaps(aug11, aug14y)).toBe(false);
    expect(comparability(aug11, year2024)).toBeNull();
  });
});

describe('judgeFigure', () => {
  const mediascope = source({ sourceId: 'a', text: 'about 96 million', attribution: 'Mediascope' });
  const whatsapp = source({ sourceId: 'b', text: 'more than 100 million', low: 100e6, high: Infinity, attribution: 'WhatsApp' });

  it('agrees with one side and says which side it does not fit', () => {
    const j = judgeFigure(figure({ text: 'about 96 million' }), [mediascope, whatsapp], name);
    expect(j.verdict).toBe('agrees');
    expect(j.explanation).toBe(
      'this page: about 96 million; agrees with source a, citing Mediascope: about 96 million; not with source b, citing WhatsApp: more than 100 million',
    );
  });

  it('conflicts when no comparable source figure overlaps', () => {
    const j = judgeFigure(figure({ text: 'roughly 97 million', low: 96.5e6, high: 97.5e6 }), [mediascope], name);
    expect(j.verdict).toBe('conflicts');
    expect(j.explanation).toBe('this page: roughly 97 million; source a, citing Mediascope: about 96 million');
  });

  it('another place or period is not a conflict', () => {
    expect(judgeFigure(figure({ scope: 'india', low: 5e8, high: Infinity }), [mediascope], name)).toMatchObject({ verdict: 'unverified' });
    const past = judgeFigure(figure({ period: '2020', low: 59.5e6, high: 60.5e6 }), [mediascope], name);
    expect(past.verdict).toBe('unverified');
    expect(past.explanation).toMatch(/^different period/);
  });

  it('another subject or measure is not compared at all', () => {
    const j = judgeFigure(figure({ subjects: ['telegram'], low: 1, high: 2 }), [mediascope], name);
    expect(j).toMatchObject({ verdict: 'unverified', sources: [] });
  });
});
