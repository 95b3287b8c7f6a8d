/** 'count', 'percent', a duration ('days', 'years'...), or an ISO 4217 currency code ('USD', 'RUB'). */
export type QuantityUnit = string;

export type QuantityBound = 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range' | 'vague';

/** A figure as an interval: what the words allow, not just the digits. */
export interface Quantity {
  /** The figure as written, qualifier included ("about 96 million"). */
  text: string;
  start: number;
  end: number;
  /** The number as stated, scale and sign applied; a range's lower end. */
  value: number;
  /** A range's upper end. */
  to?: number;
  /** The place of the last stated digit, scale applied: 1e6 for "96 million", 1e8 for "100 million". */
  step: number;
  /** Lowest and highest value the words allow. */
  low: number;
  high: number;
  unit: QuantityUnit;
  /** What the qualifier said: exact, approximate, at least, at most, a range, or a vague amount ("millions"). */
  bound: QuantityBound;
}
