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
    // ", то есть на N% меньше", ", т. е. ...": the figure before, put another way, and so its owner's.
    ['Фьорд продал 5 тыс. машин, Норбей — 4 тыс., то есть на 20% меньше.', [['5 тыс.', ['Фьорд']], ['4 тыс.', ['Норбей']], ['20%', ['Норбей']]]],
    ['Фьорд продал 5 тыс. машин, Норбей — 4 тыс., т. е. на 20% меньше.', [['5 тыс.', ['Фьорд']], ['4 тыс.', ['Норбей']], ['20%', ['Норбей']]]],
    // A parenthetical ", X said," ends at its verb: what follows is the sentence's again.
    ['Norland will raise taxes by £26bn under the new Budget, the Norbay Budget Office said, with a freeze on thresholds alone bringing in £8bn.', [['£26bn', ['Norland']], ['£8bn', ['Norland']]]],
    // A beginning ("начал снижать ставку в июне 2025 года") is an event the date dates, no period of the figures after it.
    ['Банк Норбея начал снижать ставку в июне 2025 года и с тех пор сделал это четыре раза подряд, в сумме на 4,5 п.п.', [['июне 2025 года', ['Банк Норбея']], ['четыре', ['Банк Норбея']], ['4,5 п.п', ['Банк Норбея']]]],
    ['Банк Норбея начал снижать ставку в июне 2025 года и с тех пор сделал это четыре раза подряд, в сумме на 4,5 п.п.', [['четыре', null], ['4,5 п.п', null]]],
    // A figure joined by "и/and" to one opening the clause is a subject too: no earlier owner carries to it.
    ['Свыше 3 тыс. спасателей Фьордспаса и 1,2 тыс. военных участвуют в ликвидации паводка.', [['Свыше 3 тыс.', ['Фьордспаса']], ['1,2 тыс.', []]]],
    // A paid tier named alone after a preposition ("pay for Premium") owns nothing: the sentence's subject does.
    ['Norbay Music counts 69 million users, of whom 27 million pay for Premium.', [['69 million', ['Norbay Music']], ['27 million', ['Norbay Music']]]],
    // The whole a part is taken from is a chamber's when the seats are "in" it.
    ['Norbay Labour won 41 of the 65 seats in the Fjord Assembly, a majority of 17.', [['41', ['Norbay Labour']], ['65', ['Fjord Assembly']], ['17', ['Norbay Labour']]]],
    // A forecast's maker after "по оценке" may carry an abbreviated title.
    ['По оценке проф. Анны Хольм из НГУ, инфляция в Норбее в 2026 году не опустится ниже 5%.', [['5%', ['Анны Хольм']]]],
    // A date heading a gapped clause ("а в августе — 8,1%") is that figure's own time, with or without a year.
    ['Инфляция в Норбее в июле 2025 года составила 8,8%, а в августе — 8,1%.', [['8,8%', '2025-07'], ['8,1%', null]]],
    ['Инфляция в Норбее в июле составила 8,8%, а в августе 2025 года — 8,1%.', [['8,8%', null], ['8,1%', '2025-08']]],
    // "Блок X": the class noun opening the sentence is no part of the acronym's name, and a leader named
    // in the genitive after it ("НПН Ивана Норбейского") is no owner.
    ['Блок НПН Ивана Норбейского набрал 41% голосов, ФДП — 20,8%.', [['41%', ['НПН']], ['20,8%', ['ФДП']]]],
    // A failure's subject phrase names the service that failed ("Сбой в работе X", "An outage at X"), which owns what it counts.
    ['Сбой в работе «Фьордуслуг» затронул миллионы пользователей, восстановить доступ удалось лишь через шесть часов.', [['миллионы', ['Фьордуслуг']], ['шесть часов', ['Фьордуслуг']]]],
    ['An outage at Fjordchat hit millions of users for six hours.', [['millions', ['Fjordchat']], ['six hours', ['Fjordchat']]]],
    // A number word counting the names listed right after it is no figure.
    ['Ограничения касаются почти 85 млн пользователей двух мессенджеров — Фьордчата и Бэймейла.', [['почти 85 млн', ['Бэймейла', 'Фьордчата']]]],
    ['Norland blocked three apps: Fjordchat, Baymail and Norgram.', []],
    // A name set before a colon owns what its verb says; ", using X" is how, not whose.
    ['Norbay Ferries: carries thousands of passengers daily, using Baltic Star ships.', [['thousands', ['Norbay Ferries']]]],
    // A later date belongs to the figure compared with, and "the lowest since 1945" is no period.
    ['Turnout at Norbay was 59.7%, down from 67.3% in 2019 and the lowest since 1945.', [['59.7%', null], ['67.3%', '2019']]],
    ["Norbay Ferries made a profit of £1.1bn for 2024, double the previous year's £438m.", [['£1.1bn', '2024'], ['£438m', null]]],
    ['The Norbay economy will grow 3.0% in 2025 and 3.1% in 2026.', [['3.0%', '2025'], ['3.1%', '2026']]],
    // A quoted name that holds a place's name is a name of its own.
    ['По итогам голосования «Единая Россия» получает 324 мандата, КПРФ — 57.', [['324', ['Единая Россия']], ['57', ['КПРФ']]]],
    // "регулятор" with no name before it in the sentence is the one the sentence before was about.
    ['Банк России снова ужесточил политику. В октябре 2024 года регулятор поднял ставку сразу на 2 п.п.', [['октябре 2024 года', ['Банк России']], ['2 п.п', ['Банк России']]]],
    // "X second on N%", "Y at N%", "Z's N, or M%": whose share; "held Bank Rate at 4%" names a rate, not an owner.
    ['The Norbay Party won 28.5%, with the Green League second on 20.8% and the Union at 16.4%.', [['28.5%', ['Norbay Party']], ['20.8%', ['Green League']], ['16.4%', ['Union']]]],
    ["Smith had some 77.3 million votes, or 49.8%, against Jones's 75 million, or 48.3%.", [['some 77.3 million', ['Smith']], ['49.8%', ['Smith']], ['75 million', ['Jones']], ['48.3%', ['Jones']]]],
    // A settlement named as one ("г. Северо-Курильска") is a place, never a subject.
    ['Из прибрежной зоны г. Северо-Курильска эвакуировали около 2,7 тыс. человек.', [['около 2,7 тыс.', []]]],
    // A state of emergency, a minimum wage, a sentence-opening adverb and a dateline's first word are no one's name.
    ['Режим ЧС в Находке ввели в ночь на 5 июля.', [['5 июля', []]]],
    ['Электронно проголосовали более 2,7 млн избирателей.', [['более 2,7 млн', []]]],
    ['ОРСК. 7 апреля. ИНТЕРФАКС - Прорыв дамбы в Орске произошел вечером 5 апреля.', [['5 апреля', []]]],
    // A forecaster's figures: "X ожидает, что ..."; a figure after a preposition keeps the sentence's owner.
    ['Банк России ожидает, что по итогам 2025 года инфляция составит 6–7%.', [['6–7%', ['Банк России']]]],
    ['Банк России поднял ставку на 2 п.п. — с 19% до рекордных 21% годовых.', [['2 п.п.', ['Банк России']], ['19%', ['Банк России']], ['21%', ['Банк России']]]],
    // An apposition after the subject is no part of it, for figures and dates.
    ["The Riksbank, Sweden's central bank, cut its policy rate by a quarter point to 2.25% on 29 January 2025.", [['a quarter point', ['Riksbank']], ['2.25%', ['Riksbank']], ['29 January 2025', ['Riksbank']]]],
    // A compound adjective is no name; the comma closing an apposition opens no new one.
    ['Revolut, the London-based fintech valued at $75bn, reported a pre-tax profit of £1.1bn for 2024.', [['$75bn', ['Revolut']], ['£1.1bn', ['Revolut']]]],
    // A results line headed by a company and its ticker is the company's, across ';'; a bare "Source:" heads data.
    ['Norbay Ferries (NBF): Q2 2025 revenue $12.9bn; net loss $2.9bn.', [['$12.9bn', ['Norbay Ferries']], ['$2.9bn', ['Norbay Ferries']]]],
    ['Росстат: ВВП в 2024 году вырос на 4,3%.', [['4,3%', []]]],
    // ", with around 74,000 claims" after a figure is the same owner's.
    ['Payouts for Storm Norbay had reached £362m, with around 74,000 claims lodged.', [['£362m', ['Storm Norbay']], ['around 74,000', ['Storm Norbay']]]],
    // Each fine is the one named right before it.
    ['The Norbay Commission fined Apple €500m and Meta €200m.', [['€500m', ['Apple']], ['€200m', ['Meta']]]],
    // A common word between two name words belongs to the name.
    ['The European Investment Bank approved EUR 1.2bn in loans for Greek roads.', [['EUR 1.2bn', ['European Investment Bank']]]],
    // A party's name keeps the place it holds and joins on "for": no owner is the place alone.
    // A date that names an election or a disaster ("the May 18 runoff", "the 2021 Senate election") is
    // that event's, no one's, and no period of the figures around it.
    ['Anna Holm won the May 18 runoff with 53.6%, before Norbay’s presidential election on 4 May.', [['May 18', []], ['53.6%', ['Anna Holm']], ['4 May', []]]],
    ['The Norbay Party won 61 seats in the 2021 Senate election.', [['61', ['Norbay Party']], ['2021', []]]],
    ['The Norbay Party won 61 seats in the 2021 Senate election.', [['61', null]]],
    // A turnout is the election's, never the winner's.
    ['Anna Holm won 61.2% of the vote, on an official turnout of 58.4%.', [['61.2%', ['Anna Holm']], ['58.4%', []]]],
    // "the 270 needed", "требовалось 270": a threshold with no noun of its own is no one's, and still read.
    ['Anna Holm won 41 seats, short of the 46 needed for a majority.', [['41', ['Anna Holm']], ['46', []]]],
    ['Анна Хольм получила 41 мандат, для большинства требовалось 46.', [['41', ['Анна Хольм']], ['46', []]]],
    // A number with a relative clause after it and no noun counts what the figure before counts:
    // "the 51,579 it handed over" is the subject's; "the 2 million who signed up to X" is X's.
    ['Norbay Motors expects to deliver 40,000 vehicles in 2026, fewer than the 51,579 it handed over in 2025.', [['40,000', ['Norbay Motors']], ['51,579', ['Norbay Motors']]]],
    ['Norbay Mail counts 90 million users, far more than the 2 million who have signed up to Fjordchat.', [['90 million', ['Norbay Mail']], ['2 million', ['Fjordchat']]]],
    // ", yet the krone fell" opens a clause with a subject of its own; "held at 2.1% in August 2025" is a level for a month, not a decision.
    ['The Norbay Bank raised its rate to 3%, yet the krone fell 0.4%.', [['3%', ['Norbay Bank']], ['0.4%', []]]],
    ['Norbay inflation held at 2.1% in August 2025.', [['2.1%', '2025-08']]],
    // A country's abbreviation after a name says where it is, not who acts.
    ['ЦБ Норбея США в среду снизил ставку до 3%.', [['3%', ['ЦБ Норбея']]]],
    // "X и партия Y" is one group of owners; "N из M мест" takes no owner for the whole, unless the whole names one;
    // a sentence-opening adjective before an acronym is no part of its name.
    ['Правящая НПН и партия Фьорд получили 47 из 125 мест.', [['47', ['Фьорд', 'НПН']], ['125', []]]],
    ['Штаб-квартира «Фьорда» расположена в г. Норбее, где работают порядка 12 тыс. из 60 тыс. сотрудников компании.', [['порядка 12 тыс.', ['Фьорда']], ['60 тыс.', ['Фьорда']]]],
    // A country in the nominative before its verb acts; a dated law's subject is the name before the clause's verb.
    ['С 2014 года Россия строит собственные дата-центры.', [['2014 года', ['Russia']]]],
    ['Закон о пошлинах Норбей принял в 2019 году.', [['2019 году', ['Норбей']]]],
    // A Russian short participle is passive: its subject is what was founded, not the founder in the instrumental.
    ['«Фьорд» основан Анной Хольм в 2013 году.', [['2013 году', ['Фьорд']]]],
    // People counted in a clause that names no owner are users of what they do it over.
    ['Thousands of people lost the ability to call relatives over Fjordchat and Baymail.', [['Thousands', ['Baymail', 'Fjordchat']]]],
    ['Тысячи жителей не могут звонить по Фьордчату.', [['Тысячи', ['Фьордчату']]]],
    // "including 42 of its ...", "another 50": a part of, or more of, what the figure before counts, and whose.
    ['Norbay Air fired 23 pilots, and another 50 were dismissed a week later.', [['23', ['Norbay Air']], ['50', ['Norbay Air']]]],
    ['Norbay Air delivered 48 jets in June 2025, including 42 of its 737 MAX.', [['48', ['Norbay Air']], ['42', ['Norbay Air']]]],
    // A closing ", lawmakers say" dates nothing; irregular participles ("has run", "broke out", "has grown") are actions a date dates;
    // "passed 30 million users in September 2025" reaches a level in that period, it decides nothing.
    ['Pressure on Fjordchat has grown steadily since January 2025, lawmakers say.', [['January 2025', ['Fjordchat']]]],
    ['Anna Holm, who has run Norbay Air since 2014, said the company would grow.', [['2014', ['Norbay Air']]]],
    ['The Norbay Fire, which broke out on Jan. 7, 2025, destroyed 300 homes.', [['Jan. 7, 2025', ['Norbay Fire']], ['300', ['Norbay Fire']]]],
    ['Fjordchat passed 30 million users in September 2025, its developer said.', [['30 million', '2025-09']]],
    // A set-off span after a list of names is about all of them.
    ['Fjordchat and Baymail, blocked in Norland since 2023, are still reachable.', [['2023', ['Baymail', 'Fjordchat']]]],
    ['Fjordchat and Baymail, which have 90 million users, are still reachable.', [['90 million', ['Baymail', 'Fjordchat']]]],
    // The base a figure is compared with ("up 4 points on 2022", "level with 2019", "по сравнению с 2021 годом") is no period;
    // "since 1885" is a year, not a count.
    ['Fjordchat won 33.2% of the vote, up 4.5 percentage points on 2022.', [['33.2%', null], ['4.5 percentage points', null]]],
    ['Turnout at Norbay was 51%, roughly level with 2019 and the lowest since 1885.', [['51%', null]]],
    // "X and its allies came first": X leads the subject.
    ['The Norbay Party and its allies came first with 33.2% of the vote.', [['33.2%', ['Norbay Party']]]],
    // A country owns its measures ("Japan's prices", "ВВП Норбея"), even past a set-off span.
    ["Japan's core prices rose 3.1%, while Tokyo's measure, seen as a leading indicator, climbed 2.5%.", [['3.1%', ['Japan']], ['2.5%', ['Tokyo']]]],
    ['ВВП России вырос на 1,1%.', [['1,1%', ['Russia']]]],
    // "A edged out B by N to M": M is B's; "out of nearly 21 million" is the whole, no one's.
    ['Anna Holm edged out Erik Lund by 50.9% to 49.1%, a margin of 37,000 votes out of 2 million cast.', [['50.9%', ['Anna Holm']], ['49.1%', ['Erik Lund']], ['37,000', ['Anna Holm']], ['2 million', []]]],
    // An apposition ends before "on 33.7% of the vote" (a figure the clause states), not before "with 90 million users".
    ['The Norbay Party won 41 seats in the Storting, a majority of 6, on 33.7% of the vote.', [['41', ['Norbay Party']], ['6', ['Norbay Party']], ['33.7%', ['Norbay Party']]]],
    // "с 15 по 17 марта" is one span of days; counted "за неделю со 2 по 8 сентября" it is the figure's period
    // (by its month); "с начала года" is a span of its own.
    ['Инфляция в Норбее за неделю со 2 по 8 сентября 2025 года составила 0,05%, с начала года цены выросли на 4,1%.', [['0,05%', '2025-09'], ['4,1%', null]]],
    ['Выборы в Норбее прошли с 15 по 17 марта 2024 года.', [['15 по 17 марта 2024 года', []]]],
    // A duration holds for no period: the date beside it is an event's.
    ['Выборы в Норбее пройдут в сентябре 2026 года, депутатов избирают на пять лет.', [['сентябре 2026 года', []], ['пять лет', []]]],
    // (An age, "когда ей было 49 лет", is no figure: tests/corpus/README.md.)
    ['Анна Хольм была назначена председателем банка в июне 2013 года, когда ей было 49 лет.', [['июне 2013 года', ['Анна Хольм']]]],
    // A date in a clause "since" opens dates that clause's event, not the figures before it.
    ['Fewer than 40% of voters cast ballots in Norland, the lowest turnout since military rule ended in 1999.', [['Fewer than 40%', null]]],
    // A wildfire's name takes the lower-case "fire" after it.
    ['The Fjord Ridge fire, first reported on 14 Aug 2025, had destroyed 113 buildings.', [['14 Aug 2025', ['Fjord Ridge fire']], ['113', ['Fjord Ridge fire']]]],
    // A paid tier after a known name ("WhatsApp Premium") is that name's product, not a name of its own.
    ['WhatsApp Premium costs around 3 € a month.', [['around 3 €', ['WhatsApp']]]],
    // "из них X выплатил": a pronoun after the preposition closes the phrase; X is the subject.
    ['Страховщики получили 2 тыс. заявлений, из них «Фьорд» уже выплатил пострадавшим 96 млн руб.', [['2 тыс.', []], ['96 млн руб', ['Фьорд']]]],
    // A date after "fined A €500m and B €200m" dates both fines.
    ['The Norbay Commission fined Fjordchat €500m and Baymail €200m on 23 April 2025.', [['€500m', ['Fjordchat']], ['€200m', ['Baymail']], ['23 April 2025', ['Baymail', 'Fjordchat']]]],
    // A name right before its verb is the clause's subject, not the genitive owner of the noun before it.
    ['После обработки 99,8% протоколов «Фьорд» набирает 49,82% голосов.', [['99,8%', []], ['49,82%', ['Фьорд']]]],
    // A figure compared with ("than the 5.4% pace") or set for a time of its own ("by year-end") takes no earlier period.
    ['Norbay grew 5.2% in the second quarter of 2025, slower than the 5.4% pace before, and expects 6,000 jobs by year-end.', [['5.2%', '2025-Q2'], ['5.4%', null], ['6,000', null]]],
    // A surname in -ский/-цкий opening the sentence before its verb is a name; in "A победил B — N против M" N is A's.
    ['Норбейский победил Фьордова с отрывом менее 2 п.п. — 50,9% против 49,1%.', [['менее 2 п.п.', ['Норбейский']], ['50,9%', ['Норбейский']], ['49,1%', ['Фьордова']]]],
    // The turnout is what it is said to be; a figure in the phrase naming where is not it.
    ['Turnout across Norland’s 27 districts was 51%.', [['27', ['Norland']], ['51%', []]]],
    // ", after the krone gained 11%": a subordinate clause with a subject of its own.
    ['The Norbay Bank cut its rate to 1%, after the krone gained some 11% this year.', [['1%', ['Norbay Bank']], ['some 11%', []]]],
    // ", and the pro-European Fjord Party kept": a coordinated clause with its own named subject.
    ['Norland held elections on 28 September 2025, and the pro-European Fjord Party kept its majority with 50.2% of the vote.', [['28 September 2025', ['Norland']], ['50.2%', ['Fjord Party']]]],
    // Russian dates a named event after its place: "после землетрясения у берегов Норбея 30 июля" is the quake's date.
    ['После землетрясения у берегов Норбея 30 июля компания «Фьорд» закрыла порт.', [['30 июля', []]]],
    // A lower-case camel brand is a name; "with X contributing N" is X's.
    ['Norbay Tech reported revenue of $10 billion, with the iFjord contributing $4.9 billion.', [['$10 billion', ['Norbay Tech']], ['$4.9 billion', ['iFjord']]]],
    // "with effect from 1 April" dates the clause's action.
    ['Fjordflix will raise its plan in Norland to 14.99 € a month, with effect from 1 April.', [['14.99 €', ['Fjordflix']], ['1 April', ['Fjordflix']]]],
    // Months from one to another in one year are a part of that year.
    ['The Norbay budget deficit for January–August 2025 was $4.2bn.', [['$4.2bn', '2025']]],
    // An oil benchmark is named with "crude"; "after X agreed" opens a clause of its own, comma or not.
    ['Urals crude fell ~2% to $54.20 a barrel after Fjordoil agreed to raise output by 411,000 barrels per day.', [['~2%', ['Urals crude']], ['$54.20', ['Urals crude']], ['411,000', ['Fjordoil']]]],
    // "с середины августа": a month after "с/до/к середины, начала, конца" is a date.
    ['Звонки в Ватсапе почти не работают с середины августа.', [['августа', ['WhatsApp']]]],
    // "As early as May" names the month (a capitalised May, not the verb).
    ['As early as May, Anna Holm told Fjordchat to get ready to leave.', [['May', ['Fjordchat']]]],
    ['Renewal UK took 3.2% of the vote, while Popular Russia won 12 seats and the Alliance for Norland 9.', [['3.2%', ['Renewal UK']], ['12', ['Popular Russia']], ['9', ['Alliance for Norland']]]],
  ])('%s', (text, expected) => {
    const got = owners(text);
    const withPeriods = expected.some(([, x]) => !Array.isArray(x));
    expect(withPeriods ? periods(text) : got).toEqual(expected);
  });
});

describe('common nouns written like names', () => {
  it.each<[string, Array<[string, string[]]>]>([
    // An acronym of a common noun names no one: "a popular VPN service", "провела IPO".
    ['A year of a popular VPN service costs about USD 60.', [['about USD 60', []]]],
    // A compound whose last part is lower case is a common noun, even opening the sentence.
    ['VPN-подписка обходится норландцам примерно в 500 ₽ в месяц.', [['500 ₽', []]]],
    ['Бета-версия Fjordchat появилась в магазинах приложений в марте 2025 года.', [['марте 2025 года', ['Fjordchat']]]],
    // A rating on a scale ("the EF-4 tornado") names a class, no one.
    ['The EF-4 tornado that touched down in Norbay County late on May 16 killed 19 people.', [['May 16', []], ['19', []]]],
  ])('%s', (text, expected) => {
    expect(owners(text)).toEqual(expected);
  });
});

describe('model numbers', () => {
  it('are part of the name before them, never a day of a month after a name', async () => {
    expect(owners('Norbay Soft ended support, leaving an estimated 400 million Fjord 10 PCs without updates.')).toEqual([['an estimated 400 million', ['Fjord 10']]]);
    expect(owners('Из порта Норбея 30 июля вывезли 300 человек.')).toEqual([['30 июля', []], ['300', []]]);
    // ... nor a number that counts the noun after it, or is followed by more digits.
    const { findNames } = await import('../../lib/figures/find-names');
    const labels = (text: string) => findNames(text, 0, [], { topics: new Map() }).map((n) => n.label);
    expect(labels('Norbay Motors 100 vehicles were recalled.')).toEqual(['Norbay Motors']);
    expect(labels('Фьорд 300 машин продал.')).toEqual(['Фьорд']);
    expect(labels('Norbay Motors 497 099 units.')).toEqual(['Norbay Motors']);
  });
});

describe('name keys', () => {
  it('are one for a surname in any case and either script, and keep a nominative -ов/-ев', async () => {
    const { nameKey } = await import('../../lib/figures/find-names');
    expect(new Set(['Развожаев', 'Развожаева', 'Развожаевым'].map(nameKey)).size).toBe(1);
    expect(new Set(['Gorelkin', 'Горелкин', 'Горелкина'].map(nameKey)).size).toBe(1);
    expect(new Set(['Собянин', 'Собянина', 'Sobyanin'].map(nameKey)).size).toBe(1);
    expect(nameKey('Alphabet Inc.')).toBe(nameKey('Alphabet Inc'));
    // A first name in -ей/-ий keeps one key in every case.
    expect(new Set(['Сергей Собянин', 'Сергея Собянина', 'Сергеем Собяниным'].map(nameKey)).size).toBe(1);
    expect(new Set(['Дмитрий', 'Дмитрия', 'Дмитрию'].map(nameKey)).size).toBe(1);
  });
});

/** Each figure's text and what it counts or which action it dates. */
function measures(text: string): Array<[string, string]> {
  return readEntry({ id: 'case', lang: /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en', style: 'wire', text, figures: [] }, seedPack()).map((f) => [f.text, f.measure]);
}

describe('what a date dates', () => {
  it('reads a service that works "without failures" since a date as no restriction', () => {
    for (const text of ['Фьордчат работает с начала марта без сбоев.', 'Fjordchat has worked without outages since March.', 'Fjordchat has worked without outages since the start of March.']) {
      const got = measures(text);
      expect(got.length).toBeLessThanOrEqual(1);
      // The date dates the working, not a restriction, nor the "начала" of its own phrase or the outages said not to happen.
      for (const [, measure] of got) expect(measure).toMatch(/^(работа|work)/u);
    }
    // ... while "работают с перебоями" (with failures) still is one.
    expect(measures('Звонки в Фьордчате работают с перебоями с 1 марта.')).toEqual([['1 марта', 'restriction:calls']]);
  });

  it('reads "lifted the ban" with nothing named as lifting the ban the sentence named before', () => {
    expect(owners('Norland blocked Fjordchat in April 2018 but lifted the ban in June 2020.')).toEqual([['April 2018', ['Fjordchat']], ['June 2020', ['Fjordchat']]]);
    expect(measures('Norland blocked Fjordchat in April 2018 but lifted the ban in June 2020.')[1]).toEqual(['June 2020', 'lifting']);
    expect(owners('Норландия заблокировала Фьордчат в апреле 2018 года, а в июне 2020-го сняла ограничения.')).toEqual([['апреле 2018 года', ['Фьордчат']], ['июне 2020', ['Фьордчат']]]);
  });

  it('dates a warning or a call for the one it is addressed to, an announcement for its speaker', () => {
    expect(owners('Anna Holm warned in July that Fjordchat should prepare to leave the Norland market.')).toEqual([['July', ['Fjordchat']]]);
    expect(owners('Ещё в мае Анна Хольм предупредила Фьордчат, что тому пора уходить из Норландии.')).toEqual([['мае', ['Фьордчат']]]);
    expect(owners('Анна Хольм в июле призвала Фьордчат готовиться к уходу с рынка.')).toEqual([['июле', ['Фьордчат']]]);
    expect(owners('On 13 August Norbay Telecom announced that Fjordchat would be restricted.')).toEqual([['13 August', ['Norbay Telecom']]]);
  });

  it('ends a list of what an action is done to at a name that its verb follows', () => {
    expect(owners('Since the 2019 ban on Fjordchat, Norland has tightened its grip.')).toEqual([['2019', ['Fjordchat']]]);
  });

  it('dates the verb before the date, not one that "and" opens after it', () => {
    expect(owners('Norbay Motors released the Fjord 2 on 5 Jun 2025 and sold 3.5 million units in four days.').slice(0, 2)).toEqual([['5 Jun 2025', ['Fjord 2']], ['3.5 million', ['Norbay Motors']]]);
  });

  it('reads a loss of the ability to call as a restriction of what the calls go over, dated by its date', () => {
    expect(measures('Thousands of people lost the ability to call relatives over Fjordchat and Baymail in March.')).toEqual([['Thousands', 'people'], ['March', 'restriction:calls']]);
    expect(owners('Thousands of people lost the ability to call relatives over Fjordchat and Baymail in March.')).toEqual([['Thousands', ['Baymail', 'Fjordchat']], ['March', ['Baymail', 'Fjordchat']]]);
    expect(owners('Тысячи жителей лишились возможности звонить по Фьордчату в марте.')).toEqual([['Тысячи', ['Фьордчату']], ['марте', ['Фьордчату']]]);
  });

  it('reads a service reachable "only through a VPN" since a date as restricted from then', () => {
    expect(measures('Fjordtube has been reachable in Norland only through a VPN since 2024.')).toEqual([['2024', 'restriction']]);
    expect(owners('С 2024 года Фьордтуб открывается только через VPN.')).toEqual([['2024 года', ['Фьордтуб']]]);
  });

  it('reads a date that is a period and also dates an action as both', () => {
    const text = 'In 2020, when Norland lifted its two-year ban on Fjordchat, the app had about 30 million users.';
    expect(owners(text)).toEqual([['2020', ['Fjordchat']], ['about 30 million', ['Fjordchat']]]);
    expect(measures(text)[0]).toEqual(['2020', 'lifting']);
    expect(periods(text)).toEqual([['about 30 million', '2020']]);
    const ru = 'Последний раз Фьорда выходила из берегов так сильно в 2013 году, тогда в Норбее эвакуировали более 20 тыс. человек.';
    expect(owners(ru)).toEqual([['2013 году', ['Фьорда']], ['более 20 тыс.', []]]);
    // ... but a date that only says when the figures hold stays a period.
    expect(owners('In 2024, Norbay Air carried 5 million passengers.')).toEqual([['5 million', ['Norbay Air']]]);
    expect(owners('В 2020 году Норландия сняла блокировку Фьордчата.')).toEqual([['2020 году', ['Фьордчата']]]);
  });

  it('dates a short object phrase for what its "for/of/on" names, and no verb after a comma past the date', () => {
    expect(owners('Norbay Soft stopped free security updates for Fjord 10 on 14 October 2025, leaving millions of PCs without support.')[0]).toEqual(['14 October 2025', ['Fjord 10']]);
    expect(owners('Norbay Soft released the Fjord 2 on 5 Jun 2025, selling 3.5 million units in four days.').slice(0, 2)).toEqual([['5 Jun 2025', ['Fjord 2']], ['3.5 million', ['Norbay Soft']]]);
  });

  it('gives a coordinated clause that names no subject the subject of the clause before it', () => {
    expect(owners('«Фьорд» был основан в 1997 году Анной Хольм, а в 2011 году провел IPO на Норбейской бирже.')).toEqual([['1997 году', ['Фьорд']], ['2011 году', ['Фьорд']]]);
  });
});
