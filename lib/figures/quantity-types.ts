export type QuantityUnit = 'count' | 'percent' | 'RUB' | 'USD' | 'EUR' | 'year' | 'days' | 'weeks' | 'months' | 'years';

/** A figure as an interval: what the words allow, not just the digits. */
export interface Quantity {
  /** The figure as written, qualifier included ("about 96 million"). */
  text: string;
  start: number;
  end: number;
  /** Lowest and highest value the text allows; Infinity for "more than" with no top. */
  low: number;
  high: number;
  /** The number as stated, before qualifiers widen it. */
  value: number;
  unit: QuantityUnit;
  /** What the qualifier said: exact, approximate, at least, at most, a range, or a vague amount ("millions"). */
  bound: 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range' | 'vague';
}
