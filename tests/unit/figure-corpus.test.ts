import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCorpus, corpusFiles } from '../corpus/check-corpus';
import { loadCorpus, scoreCorpus, type CorpusReport } from '../corpus/score-corpus';
import { RECORDED, recordedNumbers } from '../corpus/write-accuracy';
import { seedPack } from '../helpers/seed-pack';

describe('the figure corpus', () => {
  const entries = loadCorpus();

  it('is well formed', () => {
    expect(checkCorpus(corpusFiles())).toEqual([]);
  });

  it('is as large and as varied as issue 10 asks', () => {
    const other = entries.filter((e) => !e.story);
    const story = entries.filter((e) => e.story);
    expect(entries.length).toBeGreaterThanOrEqual(250);
    expect(other.length).toBeGreaterThanOrEqual(120);
    expect(new Set(other.map((e) => e.file)).size).toBeGreaterThanOrEqual(3);
    expect(story.length).toBeGreaterThanOrEqual(100);
    for (const lang of ['en', 'ru']) expect(story.filter((e) => e.lang === lang).length).toBeGreaterThanOrEqual(30);
    const verdicts = story.flatMap((e) => e.figures.map((f) => f.verdict));
    for (const v of ['agrees', 'close', 'conflicts', 'unverified']) expect(verdicts).toContain(v);
  });
});

describe('accuracy on the corpus', () => {
  let report: CorpusReport;
  beforeAll(() => {
    report = scoreCorpus(loadCorpus(), seedPack());
  }, 180_000);

  it('stays at or above every number recorded in docs/accuracy.md', () => {
    expect(existsSync(RECORDED)).toBe(true);
    const recorded = JSON.parse(readFileSync(RECORDED, 'utf8')) as Record<string, number>;
    const now = recordedNumbers(report);
    const dropped = Object.entries(recorded).filter(([key, floor]) => (now[key] ?? 0) < floor - 1e-9).map(([key, floor]) => `${key}: ${now[key]} < ${floor}`);
    expect(dropped).toEqual([]);
  });
});
