import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analysis/analyze-page';
import { scanText } from '../../lib/page/scan-text';
import { seedPack } from '../helpers/seed-pack';

// Each sentence follows a lead that puts the page on the sources' subject, as a real article would.
const LEAD = 'Roskomnadzor has restricted calls on WhatsApp and Telegram in Russia.\n';

const CASES: Array<[string, Array<[string, 'agrees' | 'close' | 'conflicts' | 'unverified']>]> = [
  ['Mediascope estimates that WhatsApp reaches 97.3 million people in Russia each month.', [['97.3 million', 'conflicts']]],
  ['WhatsApp has about 96 million users, according to Mediascope.', [['about 96 million', 'agrees']]],
  ['Around 100 million Russians use WhatsApp.', [['Around 100 million', 'agrees']]],
  ["Telegram's Russian audience is about 89 million people.", [['about 89 million', 'agrees']]],
  ['Telegram has around 40 million users in Russia.', [['around 40 million', 'conflicts']]],
  ['Аудитория WhatsApp в России составляет около 97 млн человек.', [['около 97 млн', 'close']]],
  ['Аудитория WhatsApp в России составляет около 93 млн человек.', [['около 93 млн', 'conflicts']]],
  ['По данным Mediascope, у WhatsApp около 96 млн пользователей.', [['около 96 млн', 'agrees']]],
  ['Telegram deletes hundreds of harmful posts daily, the company said.', [['hundreds', 'conflicts']]],
  ['Roskomnadzor restricted calls on WhatsApp and Telegram from August 12.', [['August 12', 'conflicts']]],
  ['Calls on WhatsApp and Telegram have been limited since 11 August.', [['11 August', 'agrees']]],
  ['In India, WhatsApp has more than 500 million users.', [['more than 500 million', 'unverified']]],
  ['WhatsApp has 2 billion users worldwide.', [['2 billion', 'unverified']]],
  ['In 2023, Telegram had 50 million users in Russia.', [['50 million', 'unverified']]],
  ['WhatsApp had 60 million users in Russia in January 2026.', [['60 million', 'unverified']]],
  ['The temperature in Moscow reached 30 degrees.', [['30', 'unverified']]],
  ['The Boeing 737 landed in Moscow.', []],
  ['Telegram was founded by Pavel Durov in 2013.', [['2013', 'unverified']]],
  ['LinkedIn was blocked in Russia in 2016.', [['2016', 'agrees']]],
  ['Facebook and Instagram have been banned in Russia since 2022.', [['2022', 'agrees']]],
  ['Since 2014 Russia has been building its own internet infrastructure.', [['2014', 'unverified']]],
  ['Telegram deletes thousands of posts a day, the company said.', [['thousands', 'conflicts']]],
  // The sources say "since August 11" with no year; the set's sources.json says they were published in
  // August and September 2025, so a year before that is a conflict, not a date without a match.
  ['The watchdog began limiting WhatsApp and Telegram calls back in 2024, critics say.', [['2024', 'conflicts']]],
  // An apposition to a place counts the place's people, not the sentence's subject.
  ['In Russia, a nation of about 146 million people, WhatsApp is the default app for family chats.', [['about 146 million', 'unverified']]],
  // "Together" opening a sentence names nothing; the two names share the figure.
  ['Together WhatsApp and Telegram reach roughly 120 million Russians.', [['roughly 120 million', 'conflicts']]],
  // A designation's date, in English and Russian; a year with "году" reads "in 2023 году".
  ['Meta was designated an extremist organisation in Russia in 2023, but WhatsApp kept operating.', [['2023', 'conflicts']]],
  ['Meta признали в России экстремистской организацией в 2022 году.', [['2022 году', 'agrees']]],
  // Whose calls: the names right after "звонки через", though a word stands before the verb.
  ['С 12 августа звонки через WhatsApp и Telegram в России практически не работают.', [['12 августа', 'conflicts']]],
  // A rate said before the verb; a company speaking of users speaks of its own.
  ['Телеграм каждый день удаляет десятки тысяч публикаций, связанных с мошенничеством.', [['десятки тысяч', 'conflicts']]],
  ['В WhatsApp заявили, что власти пытаются отрезать от защищённой связи более 50 млн пользователей.', [['более 50 млн', 'conflicts']]],
  // The noun before "of" counts; a reach is its owner's; names after a dash spell out "two messengers".
  ["WhatsApp's audience of roughly 96 million in Russia dwarfs the rival app's.", [['roughly 96 million', 'agrees']]],
  ['Месячный охват WhatsApp в России по итогам июля 2025 года составил 96,2 млн человек.', [['96,2 млн', 'agrees']]],
  // ("двух мессенджеров — WhatsApp и Telegram" names the two listed: no figure.)
  ['Ограничения касаются почти 185 млн пользователей двух мессенджеров — WhatsApp и Telegram.', [['почти 185 млн', 'agrees']]],
  // Another event's date is no start of the call limits; a vague "since" names no event of the sources.
  ['From September 1, the state messenger Max must come pre-installed on all phones sold in Russia.', [['September 1', 'unverified']]],
  // (It dates the growth of pressure on Telegram, which the sources do not address: unverified, as issue 10 asks.)
  ['Pressure on Telegram has grown since January 2025.', [['January 2025', 'unverified']]],
  // The same subjects across scripts and aliases: Телеграм, Ватсап, РКН.
  ['В январе 2026 года Телеграм посещали почти 96 млн человек.', [['почти 96 млн', 'unverified']]],
  ['Аудитория Ватсапа в России составляет около 96 млн человек.', [['около 96 млн', 'agrees']]],
  ['РКН ограничил звонки в Телеграме и Ватсапе с 11 августа.', [['11 августа', 'agrees']]],
  // "The two apps" are the two names joined by "and" before, even inside "on WhatsApp and Telegram",
  // not the regulator that is the sentence's subject.
  [
    'On 12 Aug 2025 the regulator switched off voice calls on WhatsApp and Telegram, Roskomnadzor said. On August 13 the regulator announced the measures. The two apps have over 185m combined users in Russia.',
    [['12 Aug 2025', 'conflicts'], ['August 13', 'unverified'], ['over 185m', 'agrees']],
  ],
];

describe('figure verdicts in context', () => {
  const loaded = seedPack();
  it.each(CASES)('%s', (sentence, expected) => {
    const text = LEAD + sentence;
    const { figures } = analyzePage(loaded, scanText(text, loaded.lexicon).sentences);
    const onSentence = figures.filter((f) => f.figure.start >= LEAD.length);
    expect(onSentence.map((f) => [f.figure.text, f.verdict])).toEqual(expected);
    for (const f of onSentence) expect(text.slice(f.figure.start, f.figure.end)).toBe(f.figure.text);
  });
});

describe('invisible characters inside names and numbers', () => {
  const loaded = seedPack();
  it('finds the name and the figure a reader sees, pointing at the original text', () => {
    const sentence = 'According to Media\u00ADscope, What\u00ADsApp has about 9\u200B6 million users in Rus\u200Dsia.';
    const text = LEAD + sentence;
    const scan = scanText(text, loaded.lexicon);
    const labels = scan.topics.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['Mediascope', 'WhatsApp', 'Russia']));
    const { figures } = analyzePage(loaded, scan.sentences);
    const [f] = figures.filter((x) => x.figure.start >= LEAD.length);
    expect(f).toMatchObject({ verdict: 'agrees', figure: { text: 'about 96 million' } });
    expect(text.slice(f!.figure.start, f!.figure.end)).toBe('about 9\u200B6 million');
  });

  it('reads right-to-left and mixed scripts and emoji around names without breaking', () => {
    const text = `${LEAD}\u200Fמשתמשים 🙂 Telegram ✅ has roughly 89 million users in Russia, قال المسؤولون.`;
    const { figures } = analyzePage(loaded, scanText(text, loaded.lexicon).sentences);
    expect(figures.map((f) => [f.figure.text, f.verdict])).toEqual([['roughly 89 million', 'agrees']]);
  });
});
