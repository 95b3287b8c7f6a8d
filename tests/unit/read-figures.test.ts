import { describe, expect, it } from 'vitest';
import { readEntry } from '../corpus/score-corpus';
import { seedPack } from '../helpers/seed-pack';

/** The reader alone, on text about any subject: each figure's text and whose it is. */
function owners(text: string): Array<[string, string[]]> {
  const figures = readEntry({ id: 'case', lang: /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en', style: 'wire', text, figures: [] }, seedPack());
  return figures.map((f) => [f.text, f.subjectLabels]);
}

/** Each figure's text and the period the reader gives it. */
function periods(text: string): Array<[string, string | null]> {
  return readEntry({ id: 'case', lang: 'en', style: 'wire', text, figures: [] }, seedPack()).filter((f) => f.unit !== 'date').map((f) => [f.text, f.period]);
}

describe('whose figure, outside the bundled story', () => {
  it.each<[string, Array<[string, string[] | string | null]>]>([
    // A company name ending in -ian before its verb is a name, not a people's adjective.
    ['Rivian expects to deliver between 40,000 and 46,000 vehicles in 2025.', [['between 40,000 and 46,000', ['Rivian']]]],
    // The point of "Co." inside the sentence is part of the name; "Alphabet Inc." and "Alphabet Inc" are one name.
    ['Ford Motor Co. is recalling more than 1.9 million vehicles in the United States.', [['more than 1.9 million', ['Ford Motor Co']]]],
    // "the company" in the main clause is the name the sentence gave before.
    ['Since Norbay Ferries lost its licence in 2021, the company has been banned from the northern line.', [['2021', ['Norbay Ferries']]]],
    // "Число X «Name»": the noun after "число" counts, the name after it owns, whatever phrase follows.
    ['Число подписчиков «Яндекс Плюса» на конец сентября достигло 45 млн.', [['45 млн', ['Яндекс Плюса']]]],
    // A dated phrase may stand between the subject and its verb.
    ['ПАО «МТС» по итогам 2024 года нарастило абонентскую базу до 82,5 млн.', [['82,5 млн', ['МТС']]]],
    // A place's name ends before its figure; a state after a number names who is counted.
    ['In Norland 41 people were killed and 121 injured.', [['41', []], ['121', []]]],
    // The whole a part is taken from is no one's; "X with N" is X's; "720 MEPs" counts MEPs.
    ['The EPP will have 188 of the 720 MEPs, ahead of the Socialists with 136.', [['188', ['EPP']], ['720', []], ['136', ['Socialists']]]],
    // A name set before a colon owns what its verb says; ", using X" is how, not whose.
    ['Norbay Ferries: carries thousands of passengers daily, using Baltic Star ships.', [['thousands', ['Norbay Ferries']]]],
    // A later date belongs to the figure compared with, and "the lowest since 1945" is no period.
    ['Turnout at Norbay was 59.7%, down from 67.3% in 2019 and the lowest since 1945.', [['59.7%', null], ['67.3%', '2019']]],
  ])('%s', (text, expected) => {
    const got = owners(text);
    const withPeriods = expected.some(([, x]) => !Array.isArray(x));
    expect(withPeriods ? periods(text) : got).toEqual(expected);
  });
});
