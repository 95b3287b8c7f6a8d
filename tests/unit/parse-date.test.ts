import { describe, expect, it } from 'vitest';
import { parseDates, type DateGranularity } from '../../lib/figures/parse-date';

// [text, date as found, year, first month, last month, first day, last day, granularity]
const CASES: Array<[string, string, number | null, number, number, number, number, DateGranularity]> = [
  ['since August 11', 'August 11', null, 8, 8, 11, 11, 'day'],
  ['on 11 August 2025', '11 August 2025', 2025, 8, 8, 11, 11, 'day'],
  ['Aug. 11, 2025', 'Aug. 11, 2025', 2025, 8, 8, 11, 11, 'day'],
  ['Aug. 11', 'Aug. 11', null, 8, 8, 11, 11, 'day'],
  ['Aug. 14 the order took effect', 'Aug. 14', null, 8, 8, 14, 14, 'day'],
  ['August 10-11', 'August 10-11', null, 8, 8, 10, 11, 'day'],
  ['10–11 August', '10–11 August', null, 8, 8, 10, 11, 'day'],
  ['11 Aug 2025', '11 Aug 2025', 2025, 8, 8, 11, 11, 'day'],
  ['On 12 Aug 2025 the regulator', '12 Aug 2025', 2025, 8, 8, 12, 12, 'day'],
  ['On March 3rd, 2024', 'March 3rd, 2024', 2024, 3, 3, 3, 3, 'day'],
  ['August 14th', 'August 14th', null, 8, 8, 14, 14, 'day'],
  ['on Sunday, 3 March', '3 March', null, 3, 3, 3, 3, 'day'],
  ['14.08.2025', '14.08.2025', 2025, 8, 8, 14, 14, 'day'],
  ['2025-08-14', '2025-08-14', 2025, 8, 8, 14, 14, 'day'],
  ['in July 2025', 'July 2025', 2025, 7, 7, 1, 31, 'month'],
  ['in January 2026', 'January 2026', 2026, 1, 1, 1, 31, 'month'],
  ['Gorelkin warned in July', 'July', null, 7, 7, 1, 31, 'month'],
  ['in 2022', '2022', 2022, 1, 12, 1, 31, 'year'],
  ['(e.g., LinkedIn’s ban in 2016).', '2016', 2016, 1, 12, 1, 31, 'year'],
  ['in the third quarter of 2025', 'third quarter of 2025', 2025, 7, 9, 1, 30, 'quarter'],
  ['Q3 2025', 'Q3 2025', 2025, 7, 9, 1, 30, 'quarter'],
  ['H1 2025', 'H1 2025', 2025, 1, 6, 1, 30, 'half'],
  ['11 августа', '11 августа', null, 8, 8, 11, 11, 'day'],
  ['с 11-го августа', '11-го августа', null, 8, 8, 11, 11, 'day'],
  ['с 11 августа 2025 года', '11 августа 2025 года', 2025, 8, 8, 11, 11, 'day'],
  ['3 марта', '3 марта', null, 3, 3, 3, 3, 'day'],
  ['в июле 2025 года', 'июле 2025 года', 2025, 7, 7, 1, 31, 'month'],
  ['в январе 2026 года', 'январе 2026 года', 2026, 1, 1, 1, 31, 'month'],
  ['1 мая', '1 мая', null, 5, 5, 1, 1, 'day'],
  ['в 2022 году', '2022 году', 2022, 1, 12, 1, 31, 'year'],
  ['во втором квартале 2025 года', 'втором квартале 2025 года', 2025, 4, 6, 1, 30, 'quarter'],
  ['в первом полугодии', 'первом полугодии', null, 1, 6, 1, 30, 'half'],
];

describe('parseDates', () => {
  it.each(CASES)('%s', (text, found, year, monthFrom, monthTo, dayFrom, dayTo, granularity) => {
    const [d, ...rest] = parseDates(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ text: found, year, monthFrom, monthTo, dayFrom, dayTo, granularity });
    expect(text.slice(d!.start, d!.end)).toBe(found);
  });

  it.each(['you may 5 times', 'in may', 'room 11', '32 August', 'August 31-30', '2,000 people', '2000 people', '$2025'])('finds no date in %s', (text) => {
    expect(parseDates(text)).toEqual([]);
  });
});
