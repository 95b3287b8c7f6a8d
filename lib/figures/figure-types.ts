import type { QuantityUnit } from './quantity-types';

/** A figure with what it counts, who says it and where it stands. */
export interface Figure {
  /** The figure as written ("about 96 million", "since August 11"). */
  text: string;
  /** Offsets of `text` in the document (page text or cleaned source text). */
  start: number;
  end: number;
  /** The sentence holding it, and where that sentence starts in the document. */
  sentence: string;
  sentenceStart: number;
  unit: QuantityUnit | 'date';
  /** Interval of values the words allow. Dates are day ordinals: y*10000+m*100+d, or m*100+d with no year. */
  low: number;
  high: number;
  bound: 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range' | 'vague';
  /** Dates only: whether the year is stated. */
  yearKnown: boolean;
  /** Topic ids the figure is about; more than one for "combined" figures and for dates. */
  subjects: string[];
  /** What is counted, normalised ("users", "posts per day", "start"). */
  measure: string;
  /** Where: a place topic id or a lowercased place name; null when neither stated nor implied. */
  scope: string | null;
  /** When: "2020", "2025-07"; null when not stated. */
  period: string | null;
  /** Who says so, when the text attributes it ("Mediascope", or the subject itself for its own statement). */
  attribution: string | null;
}

/** A source figure, with the source it comes from. */
export interface SourceFigure extends Figure {
  sourceId: string;
  /** The pack sentence holding the figure, for links to the passage. */
  sentenceId: number;
}
