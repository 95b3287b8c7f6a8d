import { describe, expect, it } from 'vitest';
import { parseDates } from '../../lib/figures/parse-date';

// [text, date as found, year, month, first day, last day]
const CASES: Array<[string, string, number | null, number, number, number]> = [
  ['since August 11', 'August 11', null, 8, 11, 11],
  ['on 11 August 2025', '11 August 2025', 2025, 8, 11, 11],
  ['Aug. 11, 2025', 'Aug. 11, 2025', 2025, 8, 11, 11],
  ['Aug. 11', 'Aug. 11', null, 8, 11, 11],
  ['August 10-11', 'August 10-11', null, 8, 10, 11],
  ['10–11 August', '10–11 August', null, 8, 10, 11],
  ['11 Aug 2025', '11 Aug 2025', 2025, 8, 11, 11],
  ['On March 3rd, 2024', 'March 3rd, 2024', 2024, 3, 3, 3],
  ['in July 2025', 'July 2025', 2025, 7, 1, 31],
  ['in January 2026', 'January 2026', 2026, 1, 1, 31],
  ['11 августа', '11 августа', null, 8, 11, 11],
  ['с 11 августа 2025 года', '11 августа 2025 года', 2025, 8, 11, 11],
  ['3 марта', '3 марта', null, 3, 3, 3],
  ['в июле 2025 года', 'июле 2025 года', 2025, 7, 1, 31],
  ['1 мая', '1 мая', null, 5, 1, 1],
];

describe('parseDates', () => {
  it.each(CASES)('%s', (text, found, year, month, from, to) => {
    const [d, ...rest] = parseDates(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ text: found, year, month, dayFrom: from, dayTo: to });
    expect(text.slice(d!.start, d!.end)).toBe(found);
  });

  it.each(['you may 5 times', 'in May', 'room 11', '32 August', 'August 31-30'])('finds no date in %s', (text) => {
    expect(parseDates(text)).toEqual([]);
  });
});
