/** The shape of the figure corpus files (tests/corpus/*.json); see tests/corpus/README.md. */

export type ExpectedVerdict = 'agrees' | 'close' | 'conflicts' | 'unverified';
export type ExpectedBound = 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range' | 'vague';

export interface ExpectedFigure {
  text: string;
  unit: string;
  value?: number;
  to?: number;
  date?: string;
  dateTo?: string;
  bound?: ExpectedBound;
  subject: string[];
  measure: string;
  place: string | null;
  period: string | null;
  verdict?: ExpectedVerdict;
  why?: string;
}

export interface CorpusEntry {
  id: string;
  lang: 'en' | 'ru';
  style: string;
  before?: string;
  text: string;
  figures: ExpectedFigure[];
  note?: string;
}
