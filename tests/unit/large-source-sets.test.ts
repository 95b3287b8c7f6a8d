import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../../lib/analysis/analysis-json';
import { MAX_SOURCE_CONFLICTS, pickSourceConflicts } from '../../lib/analysis/pick-source-conflicts';
import { judgeFigure, type FigureJudgement, type SourceConflict } from '../../lib/figures/compare-figures';
import { explainJudgement } from '../../lib/figures/explain-verdict';
import type { Figure, SourceFigure } from '../../lib/figures/figure-types';
import { indexSourceFigures } from '../../lib/figures/source-figure-index';
import { loadPack } from '../../lib/matching/load-pack';
import { buildSourcePack } from '../../lib/pack/build-source-pack';
import { figureView, MAX_QUOTED_SOURCES } from '../../lib/reports/build-tab-report';
import { pageMarks } from '../../lib/reports/page-marks';

const SUBJECTS = ['whatsapp', 'telegram', 'roskomnadzor'];
const SCOPES = [null, 'russia', 'india'];
const PERIODS = [null, '2024', '2025-08'];
const MEASURES = ['people', 'posts per day', 'restriction:calls', 'restriction', 'announcement'];

/** A figure of any kind the comparison distinguishes: unit, measure, subjects, place, period, value. */
const anyFigure = fc
  .record({
    measure: fc.constantFrom(...MEASURES),
    subjects: fc.uniqueArray(fc.constantFrom(...SUBJECTS), { minLength: 0, maxLength: 2 }),
    scope: fc.constantFrom(...SCOPES),
    period: fc.constantFrom(...PERIODS),
    value: fc.integer({ min: 1, max: 40 }),
    yearKnown: fc.boolean(),
    sourceId: fc.constantFrom('a', 'b', 'c', 'd'),
  })
  .map(({ measure, subjects, scope, period, value, yearKnown, sourceId }): SourceFigure => {
    const date = measure.startsWith('restriction') || measure === 'announcement';
    const day = (yearKnown ? 20250000 : 0) + 800 + (value % 28) + 1;
    return {
      text: String(value), start: 0, end: 2, sentence: `${value}.`, sentenceStart: 0,
      unit: date ? 'date' : 'count', low: date ? day : value * 1e6, high: date ? day : (value + 1) * 1e6,
      value: date ? 0 : value * 1e6, step: date ? 0 : 1e6, bound: 'exact', yearKnown,
      subjects, subjectLabels: subjects, measure, scope, period, attribution: null,
      sourceId, sentenceId: value, asOf: '2025-08',
    };
  });

const explain = explainJudgement((id) => `“${id}”`);

describe('source figures looked up by what they count', () => {
  it('gives a page figure the same judgement as comparing it with every source figure', () => {
    fc.assert(
      fc.property(fc.array(anyFigure, { maxLength: 60 }), anyFigure, (distinct, page) => {
        // Repeats, as when many sources give the same figure.
        const sources = [...distinct, ...distinct.map((f) => ({ ...f, sourceId: `${f.sourceId}-again` }))];
        const index = indexSourceFigures(sources);
        const { figures, groups } = index.candidates(page);
        expect(judgeFigure(page, figures, explain, groups)).toEqual(judgeFigure(page, sources, explain));
      }),
      { numRuns: 400 },
    );
  });

  it('looks at far fewer figures than the set holds when most are of other places', () => {
    const many = Array.from({ length: 900 }, (_, i) => fc.sample(anyFigure, { numRuns: 1, seed: i })[0]!).map((f, i) => ({
      ...f, measure: 'people', unit: 'count' as const, subjects: ['whatsapp'], scope: i % 9 === 0 ? 'russia' : `place ${i % 40}`,
    }));
    const page = { ...many[0]!, scope: 'russia' };
    const candidates = indexSourceFigures(many).candidates(page).figures;
    expect(candidates.length).toBeLessThan(150);
    expect(candidates.filter((f) => f.scope === 'russia')).toHaveLength(100);
  });
});

function judgement(agreeing: number, others: number): FigureJudgement {
  const make = (i: number) => fc.sample(anyFigure, { numRuns: 1, seed: i })[0]!;
  const sources = [
    ...Array.from({ length: agreeing }, (_, i) => ({ ...make(i), sourceId: `agree-${i}` })),
    ...Array.from({ length: others }, (_, i) => ({ ...make(i + 1000), sourceId: `other-${i}` })),
  ];
  const figure: Figure = sources[0] ?? fc.sample(anyFigure, { numRuns: 1 })[0]!;
  return { figure, verdict: agreeing ? 'agrees' : 'conflicts', sources, agreeing, explanation: 'x' };
}

describe('a figure many sources speak of', () => {
  const pack = loadPack(buildSourcePack([{ name: 'a.txt', content: 'WhatsApp has about 96 million users in Russia, Mediascope says.' }]));

  it('quotes a handful of them but counts them all', () => {
    const view = figureView(judgement(120, 7));
    expect(view.sources).toHaveLength(MAX_QUOTED_SOURCES);
    expect(view.sources.every((s) => s.agrees)).toBe(true);
    expect(view.sourceCount).toEqual({ fitting: 120, other: 7 });
    const [mark] = pageMarks(pack, [], [view]);
    expect(mark!.label).toMatch(/agrees with 120 sources; 7 disagree$/u);
    expect(mark!.quotes).toHaveLength(MAX_QUOTED_SOURCES);
  });

  it('counts a source once however often it repeats the figure', () => {
    const j = judgement(3, 0);
    j.sources = j.sources.map((s) => ({ ...s, sourceId: 'same' }));
    expect(figureView(j).sourceCount).toEqual({ fitting: 1, other: 0 });
  });
});

function conflict(subjects: string[], measure: string, sources: number): SourceConflict {
  const side = (k: number) => Array.from({ length: sources }, (_, i) => ({ ...fc.sample(anyFigure, { numRuns: 1, seed: i })[0]!, sourceId: `${k}-${i}` }));
  return { subjects, measure, explanation: `${subjects.join('+')} ${measure} ${sources}`, sides: [side(0), side(1)] };
}

describe('the sources’ disagreements a page lists', () => {
  it('lists them all while there are few, in the set’s order', () => {
    const few = [conflict(['whatsapp'], 'people', 1), conflict(['telegram'], 'people', 1), conflict(['viber'], 'people', 1)];
    expect(pickSourceConflicts(few, new Set(['whatsapp', 'telegram']), [])).toEqual({ shown: few.slice(0, 2), more: 0 });
  });

  it('puts those the page gives a figure for first, then the widest, and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i) => conflict(['telegram'], 'posts per day', 1 + (i % 5)));
    const onFigure = conflict(['whatsapp'], 'people', 1);
    const pageFigure = judgement(1, 0);
    pageFigure.figure = { ...pageFigure.figure, measure: 'people', subjects: ['whatsapp'] };
    const { shown, more } = pickSourceConflicts([...many, onFigure], new Set(['whatsapp', 'telegram']), [pageFigure]);
    expect(shown).toHaveLength(MAX_SOURCE_CONFLICTS);
    expect(more).toBe(31 - MAX_SOURCE_CONFLICTS);
    expect(shown[0]).toBe(onFigure);
    const widths = shown.slice(1).map((c) => new Set(c.sides.flat().map((f) => f.sourceId)).size);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(widths[0]).toBe(10);
  });

  it('tells the CLI\'s JSON how many more there are, and only when there are more', () => {
    const base = { topics: [], facts: [], figures: [], sourceConflicts: [] };
    expect(toAnalysisJson({ ...base, moreSourceConflicts: 21 }).moreSourceConflicts).toBe(21);
    expect(Object.keys(toAnalysisJson({ ...base, moreSourceConflicts: 0 }))).toEqual(['topics', 'facts', 'figures', 'sourceConflicts']);
  });
});
