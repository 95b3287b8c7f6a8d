import type { QuantityBound, QuantityUnit } from './quantity-types';

/** A figure with what it counts, whose it is, where and when it holds, and who says so. */
export interface Figure {
  /** The figure as written ("about 96 million", "12 Aug 2025"). */
  text: string;
  /** Offsets of `text` in the document (page text or cleaned source text). */
  start: number;
  end: number;
  /** The sentence holding it, and where that sentence starts in the document. */
  sentence: string;
  sentenceStart: number;
  unit: QuantityUnit | 'date';
  /**
   * Interval of values the words allow. Dates are day ordinals, y*10000+m*100+d, with y = 0 when
   * the year is not stated.
   */
  low: number;
  high: number;
  /** The number as stated and the place of its last stated digit (quantities; 0 for dates). */
  value: number;
  step: number;
  bound: QuantityBound;
  /** Dates only: whether the year is stated. */
  yearKnown: boolean;
  /** Whose figure it is: topic ids for the source set's topics, else name keys ("linkedin"). */
  subjects: string[];
  /** The same names as a reader sees them ("WhatsApp", "LinkedIn"). */
  subjectLabels: string[];
  /** What is counted ("people", "posts per day"), or for a date the action it dates ("restriction of calls"). */
  measure: string;
  /** Where: a place topic id or a place name in lower case; null when neither stated nor implied. */
  scope: string | null;
  /** When the figure holds, when stated: "2020", "2025-07", "2025-Q3"; null otherwise. */
  period: string | null;
  /** Who says so, when the text attributes it ("Mediascope", or the subject itself for its own statement). */
  attribution: string | null;
}

/** A source figure, with the source it comes from. */
export interface SourceFigure extends Figure {
  sourceId: string;
  /** The pack sentence holding the figure, for links to the passage. */
  sentenceId: number;
  /** When the source was published, if known ("2025-08", "2025-08-14"): when its undated figures held. */
  asOf: string | null;
}
