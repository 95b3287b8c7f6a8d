import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../lib/figures/parse-quantity';

const M = 1e6;

// [text, figure as found, low, high, unit, bound]: the interval the words allow (see parse-quantity.ts).
const CASES: Array<[string, string, number, number, string, string]> = [
  ['about 96 million active users', 'about 96 million', 95.5 * M, 96.5 * M, 'count', 'approx'],
  ['around 96 million', 'around 96 million', 95.5 * M, 96.5 * M, 'count', 'approx'],
  ['roughly 89 million', 'roughly 89 million', 88.5 * M, 89.5 * M, 'count', 'approx'],
  ['approximately 12 thousand', 'approximately 12 thousand', 11_500, 12_500, 'count', 'approx'],
  ['an estimated 3 billion', 'an estimated 3 billion', 2.5e9, 3.5e9, 'count', 'approx'],
  ['~40 million', '~40 million', 35 * M, 45 * M, 'count', 'approx'],
  ['~96 million WhatsApp users', '~96 million', 95.5 * M, 96.5 * M, 'count', 'approx'],
  ['more than 100 million users', 'more than 100 million', 100 * M, 200 * M, 'count', 'atLeast'],
  ['over 89 million people', 'over 89 million', 89 * M, 90 * M, 'count', 'atLeast'],
  ['over 185m combined users', 'over 185m', 185 * M, 186 * M, 'count', 'atLeast'],
  ['100 million', '100 million', 50 * M, 150 * M, 'count', 'exact'],
  ['5,000 posts', '5,000', 4500, 5500, 'count', 'exact'],
  ['at least 5,000 posts', 'at least 5,000', 5000, 6000, 'count', 'atLeast'],
  ['100,000-plus users', '100,000-plus', 100_000, 200_000, 'count', 'atLeast'],
  ['above 20%', 'above 20%', 20, 30, 'percent', 'atLeast'],
  ['nearly 90 million', 'nearly 90 million', 81 * M, 90 * M, 'count', 'atMost'],
  ['almost 1 billion', 'almost 1 billion', 0.9e9, 1e9, 'count', 'atMost'],
  ['up to 15 percent', 'up to 15 percent', 0, 15, 'percent', 'atMost'],
  ['under 3%', 'under 3%', 0, 3, 'percent', 'atMost'],
  ['96 million', '96 million', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['96,000,000 users', '96,000,000', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['96 000 000 users', '96 000 000', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['96\u00A0000\u00A0000', '96\u00A0000\u00A0000', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['96m users', '96m', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['96mn users', '96mn', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['185m users', '185m', 184.5 * M, 185.5 * M, 'count', 'exact'],
  ['96 mln', '96 mln', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['2.5bn', '2.5bn', 2.45e9, 2.55e9, 'count', 'exact'],
  ['1.2bn', '1.2bn', 1.15e9, 1.25e9, 'count', 'exact'],
  ['12k followers', '12k', 11_500, 12_500, 'count', 'exact'],
  ['1,234 people', '1,234', 1233.5, 1234.5, 'count', 'exact'],
  ['2000 people', '2000', 1500, 2500, 'count', 'exact'],
  ['26 people', '26', 25.5, 26.5, 'count', 'exact'],
  ['95.98 million', '95.98 million', 95.975 * M, 95.985 * M, 'count', 'exact'],
  ['3.5%', '3.5%', 3.45, 3.55, 'percent', 'exact'],
  ['a fall of −3.5%', '−3.5%', -3.55, -3.45, 'percent', 'exact'],
  ['growth of -0.3 percent', '-0.3 percent', -0.35, -0.25, 'percent', 'exact'],
  ['minus 2%', 'minus 2%', -2.5, -1.5, 'percent', 'exact'],
  ['40 per cent', '40 per cent', 39.5, 40.5, 'percent', 'exact'],
  ['ninety-six million', 'ninety-six million', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['twenty thousand', 'twenty thousand', 15_000, 25_000, 'count', 'exact'],
  ['Twenty-six people died', 'Twenty-six', 25.5, 26.5, 'count', 'exact'],
  ['three hundred homes', 'three hundred', 250, 350, 'count', 'exact'],
  ['half a million', 'half a million', 450_000, 550_000, 'count', 'exact'],
  ['five percent', 'five percent', 4.5, 5.5, 'percent', 'exact'],
  ['$5 billion', '$5 billion', 4.5e9, 5.5e9, 'USD', 'exact'],
  ['$3.4bn', '$3.4bn', 3.35e9, 3.45e9, 'USD', 'exact'],
  ['£2m', '£2m', 1.5 * M, 2.5 * M, 'GBP', 'exact'],
  ['€20 million', '€20 million', 15 * M, 25 * M, 'EUR', 'exact'],
  ['20 € a month', '20 €', 19.5, 20.5, 'EUR', 'exact'],
  ['USD 200', 'USD 200', 199.5, 200.5, 'USD', 'exact'],
  ['EUR 1.2bn', 'EUR 1.2bn', 1.15e9, 1.25e9, 'EUR', 'exact'],
  ['500 roubles', '500 roubles', 499.5, 500.5, 'RUB', 'exact'],
  ['1,500 rubles', '1,500 rubles', 1450, 1550, 'RUB', 'exact'],
  ['4-6 months', '4-6 months', 3.5, 6.5, 'months', 'range'],
  ['for 18 months', '18 months', 17.5, 18.5, 'months', 'exact'],
  ['на 3 месяца', '3 месяца', 2.5, 3.5, 'months', 'exact'],
  ['10 to 12 million', '10 to 12 million', 9.5 * M, 12.5 * M, 'count', 'range'],
  ['between 4 and 6 million', 'between 4 and 6 million', 3.5 * M, 6.5 * M, 'count', 'range'],
  ['millions of posts daily', 'millions', 2e6, 1e9, 'count', 'vague'],
  ['thousands of users', 'thousands', 2e3, 1e6, 'count', 'vague'],
  ['tens of thousands of people', 'tens of thousands', 1e4, 1e5, 'count', 'vague'],
  ['hundreds of thousands of homes', 'hundreds of thousands', 1e5, 1e6, 'count', 'vague'],
  ['hundreds of messages', 'hundreds', 200, 1000, 'count', 'vague'],
  ['hundreds of millions of dollars in damage', 'hundreds of millions of dollars', 1e8, 1e9, 'USD', 'vague'],
  ['ущерб оценивается миллиардами рублей', 'миллиардами рублей', 2e9, 1e12, 'RUB', 'vague'],
  ['десятки триллионов рублей', 'десятки триллионов рублей', 1e13, 1e14, 'RUB', 'vague'],
  ['dozens of channels', 'dozens', 24, 100, 'count', 'vague'],
  ['1.2 million subscribers', '1.2 million', 1.15 * M, 1.25 * M, 'count', 'exact'],
  ['70% of users', '70%', 69.5, 70.5, 'percent', 'exact'],
  ['more than 1,000 channels', 'more than 1,000', 1000, 2000, 'count', 'atLeast'],
  ['$1.5bn in fines', '$1.5bn', 1.45e9, 1.55e9, 'USD', 'exact'],
  ['fewer than 10 thousand', 'fewer than 10 thousand', 0, 10_000, 'count', 'atMost'],
  // Russian
  ['до 5 млн человек', 'до 5 млн', 0, 5 * M, 'count', 'atMost'],
  ['свыше 50%', 'свыше 50%', 50, 60, 'percent', 'atLeast'],
  ['около 1,5 млрд рублей', 'около 1,5 млрд рублей', 1.45e9, 1.55e9, 'RUB', 'approx'],
  ['1,5 млрд руб. в год', '1,5 млрд руб.', 1.45e9, 1.55e9, 'RUB', 'exact'],
  ['96 млн пользователей', '96 млн', 95.5 * M, 96.5 * M, 'count', 'exact'],
  ['около 96 миллионов', 'около 96 миллионов', 95.5 * M, 96.5 * M, 'count', 'approx'],
  ['примерно 89 млн', 'примерно 89 млн', 88.5 * M, 89.5 * M, 'count', 'approx'],
  ['свыше 100 млн', 'свыше 100 млн', 100 * M, 200 * M, 'count', 'atLeast'],
  ['более 180 миллионов', 'более 180 миллионов', 180 * M, 190 * M, 'count', 'atLeast'],
  ['почти 90 млн', 'почти 90 млн', 81 * M, 90 * M, 'count', 'atMost'],
  ['почти 96 млн человек', 'почти 96 млн', 95 * M, 96 * M, 'count', 'atMost'],
  ['95,98 млн', '95,98 млн', 95.975 * M, 95.985 * M, 'count', 'exact'],
  ['12 тыс. человек', '12 тыс.', 11_500, 12_500, 'count', 'exact'],
  ['10 000 человек', '10 000', 5000, 15_000, 'count', 'exact'],
  ['у Telegram 89 млн.', '89 млн', 88.5 * M, 89.5 * M, 'count', 'exact'],
  ['3 млрд рублей', '3 млрд рублей', 2.5e9, 3.5e9, 'RUB', 'exact'],
  ['500 ₽ в месяц', '500 ₽', 499.5, 500.5, 'RUB', 'exact'],
  ['30 долл. за штуку', '30 долл.', 29.5, 30.5, 'USD', 'exact'],
  ['15 процентов', '15 процентов', 14.5, 15.5, 'percent', 'exact'],
  ['инфляция 2,5%', '2,5%', 2.45, 2.55, 'percent', 'exact'],
  ['2 миллиона', '2 миллиона', 1.5 * M, 2.5 * M, 'count', 'exact'],
  ['от 10 до 15 тыс. человек', 'от 10 до 15 тыс.', 9500, 15_500, 'count', 'range'],
  ['погибли три человека', 'три', 2.5, 3.5, 'count', 'exact'],
  ['двое детей', 'двое', 1.5, 2.5, 'count', 'exact'],
  ['миллионы сообщений', 'миллионы', 2e6, 1e9, 'count', 'vague'],
  ['десятки тысяч человек', 'десятки тысяч', 1e4, 1e5, 'count', 'vague'],
  ['сотни тысяч домов', 'сотни тысяч', 1e5, 1e6, 'count', 'vague'],
  // A dash joins a range after "на"/"by" too: the change is one of that many points.
  ['снизил ставки на 0,5–1 п.п. по вкладам', '0,5–1 п.п.', 0.45, 1.05, 'percent', 'range'],
  ['raised its rate by 2-3%', '2-3%', 1.5, 3.5, 'percent', 'range'],
];

describe('a bare number joined to another by "and/or"', () => {
  it('takes that one\'s unit and scale', () => {
    expect(parseQuantities('снижения ставки на 100 и 200 б.п. сразу').map((q) => [q.text, q.value, q.unit])).toEqual([['100', 1, 'percent'], ['200 б.п.', 2, 'percent']]);
    expect(parseQuantities('by 25 or 50 basis points').map((q) => [q.text, q.value, q.unit])).toEqual([['25', 0.25, 'percent'], ['50 basis points', 0.5, 'percent']]);
    expect(parseQuantities('3 and 4 million users').map((q) => [q.text, q.value, q.unit])).toEqual([['3', 3e6, 'count'], ['4 million', 4e6, 'count']]);
    // "четыре раза подряд", "four times in a row" count how often; "в четыре раза больше", "four times as many" compare.
    expect(parseQuantities('сделал это четыре раза подряд').map((q) => q.text)).toEqual(['четыре']);
    expect(parseQuantities('cut rates four times in a row').map((q) => q.text)).toEqual(['four']);
    expect(parseQuantities('цены выросли в четыре раза')).toEqual([]);
    expect(parseQuantities('four times as many users')).toEqual([]);
    // ... but "between 4 and 6 million" stays one range, and a "from ... to" change two figures.
    expect(parseQuantities('between 4 and 6 million').map((q) => q.bound)).toEqual(['range']);
  });
});

describe('parseQuantities table', () => {
  it.each(CASES)('%s', (text, figure, low, high, unit, bound) => {
    const [q, ...rest] = parseQuantities(text);
    expect(rest).toEqual([]);
    expect(q).toBeDefined();
    expect(q!.text).toBe(figure);
    expect(text.slice(q!.start, q!.end)).toBe(figure);
    expect(q!.low).toBeCloseTo(low, 6);
    if (high === Infinity) expect(q!.high).toBe(Infinity);
    else expect(q!.high).toBeCloseTo(high, 6);
    expect(q!.unit).toBe(unit);
    expect(q!.bound).toBe(bound);
  });

  it.each(['one of the few apps', 'в 13:30 мск', 'at around 11:00 Moscow time', 'по ч. 2 ст. 13.41 КоАП', 'under part 2 of Article 13.41', 'Федерального закона № 86-ФЗ', 'человек старше 12 лет', 'children aged 14', 'когда ей было 49 лет', 'ему исполнилось сорок пять лет', 'в возрасте 70 лет', 'who was 49 years old', 'she is sixty years old', 'a WhatsApp spokesperson', 'no figures here', 'Covid-19 and the G20', 'the Su-27 and MH17', 'at 10:30 am', 'the two apps', 'both three'])(
    'finds no figure in %s',
    (text) => {
      expect(parseQuantities(text)).toEqual([]);
    },
  );
});

describe('parseQuantities properties', () => {
  it('a whole number written with separators parses back to an interval holding it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom(',', ' ', '\u00A0'), (n, sep) => {
        const written = n.toLocaleString('en-US').replace(/,/g, sep);
        const [q] = parseQuantities(`${written} users`);
        expect(q).toBeDefined();
        expect(q!.low).toBeLessThanOrEqual(n);
        expect(q!.high).toBeGreaterThanOrEqual(n);
        expect(q!.value).toBe(n);
      }),
    );
  });

  it('a scaled decimal parses back to the value it states', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(['million', 1e6], ['млн', 1e6], ['billion', 1e9]), (tenths, [word, scale]) => {
        const text = `${(tenths / 10).toFixed(1)} ${word}`;
        const [q] = parseQuantities(text);
        expect(q!.value).toBeCloseTo((tenths / 10) * (scale as number), 0);
        expect(q!.low).toBeLessThan(q!.value);
        expect(q!.high).toBeGreaterThan(q!.value);
      }),
    );
  });

  it('letter case and surrounding white space do not change the interval', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES.map((c) => c[0])), fc.constantFrom('', ' ', '  \n'), (text, pad) => {
        const base = parseQuantities(text).map((q) => [q.low, q.high, q.unit]);
        expect(parseQuantities(`${pad}${text.toUpperCase()}${pad}`).map((q) => [q.low, q.high, q.unit])).toEqual(base);
      }),
    );
  });
});
