import type { Mention, Topic } from '../topics/topic-types';

/**
 * Names in a sentence: the source set's entity topics (by their mentions, so "Телеграма" is Telegram)
 * and any other proper name the sentence writes ("LinkedIn", "Hurricane Melissa", "Bank of England",
 * «Яндекс», "ВТБ"). A figure's subject is always one of these, never a word borrowed from elsewhere.
 */
export interface NameSpan {
  /** Offsets in the document. */
  start: number;
  end: number;
  /** Topic id for a topic of the source set; else the name in a comparable form ("linkedin"). */
  key: string;
  /** How the name is shown: the topic's label, or the name as written (possessive dropped). */
  label: string;
  topicId: string | null;
  /** Followed by 's: "WhatsApp’s 96 million users". */
  possessive: boolean;
}

// Capitalised words that open sentences and clauses but name nothing.
const NOT_NAMES = new Set(
  `a an the this that these those it its it's they their them he she his her we our us you your i my
  in on at as by for from of to with without within into onto over under after before since until during
  and or but nor so yet if while when where whereas although though because unless once then than
  what why how who whom whose which there here some many most more much few several all both each
  every any no none other another such same about around nearly almost over up down out off last next
  earlier later meanwhile however also still now today yesterday tomorrow tonight this week according
  despite amid among between across against along through throughout via per like unlike just only
  even already never always often again further moreover instead indeed overall separately elsewhere
  additionally currently recently previously initially finally officially reportedly together combined altogether jointly
  mr mrs ms dr prof sir president prime minister ceo chief head deputy spokesman spokeswoman spokesperson
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion
  millions thousands billions hundreds dozens tens scores миллионы тысячи сотни десятки миллиарды миллионов тысяч
  first second third fourth fifth half quarter category level phase grade
  official officials authorities users people critics analysts experts residents police rescuers investors
  turnout attendance unemployment output production exports imports spending investment debt deficit demand supply
  traffic earnings losses shares stocks bonds yields rents wages salaries pensions taxes tariffs oil gas gold coal wheat
  rain snow temperatures water smoke damage flooding heat pressure support opposition voters votes polls ballots seats
  members leaders troops soldiers firefighters doctors patients students workers employees staff customers subscribers
  viewers visitors tourists passengers flights homes houses buildings schools hospitals roads bridges consumers buyers
  households families children adults men women ratings profits
  observers lawmakers officers citizens customers subscribers shareholders economists researchers
  watchdog regulator company government ministry agency platform app apps messenger messengers
  sterling dollar dollars euro euros yen yuan rouble roubles ruble rubles franc pound рубль доллар евро юань
  shares sales revenue profit profits prices inflation growth exports imports output demand
  breaking update exclusive analysis opinion editorial live watch read share
  в во на с со к ко по за из у о об от до для при без над под про через между после перед около
  и или но а да же ли не ни что чтобы как так также тоже если когда где куда откуда пока хотя
  это этот эта эти тот та те то его ее её их им ему ей они он она оно мы вы я наш ваш свой
  все всё весь вся каждый многие некоторые другие кроме однако впрочем между тем кроме того
  сегодня вчера завтра сейчас теперь ранее позже затем уже еще ещё лишь только почти около более
  понедельник вторник среда четверг пятница суббота воскресенье
  январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
  власти пользователи эксперты аналитики критики жители граждане чиновники депутаты компания
  правительство министерство ведомство регулятор сервис мессенджер платформа выручка прибыль инфляция
  по данным согласно как сообщает
  явка выручка прибыль ставка курс цена цены стоимость оборот спрос экспорт импорт добыча продажи число
  количество доля объем объём рост снижение дефицит долг бюджет ущерб убыток капитализация подписка аудитория
  охват инфляция безработица зарплата пенсия тариф тарифы сбой сбои перебои отказ авария outage outages failure disruption`.split(/\s+/u),
);

// Capitalised common nouns and adjectives by their endings ("Inflation", "Authorities", "Officials").
const COMMON_ENDING = /(tion|tions|ment|ments|ness|ity|ities|ists|ость|ние|ство|ства|ения|ание|ация|ение|ое|ый|ий|ая|ые|ие|ики|ки|цы|ры|ли|енно|анно|онно|ально|ельно|ично|ски)$/u;
// Legal forms before a company's name: "ПАО «МТС»" is МТС.
const LEGAL_FORM = /^(?:ПАО|ОАО|ЗАО|АО|ООО|НКО|ГК|МКПАО|PJSC|JSC|OJSC)\s+/u;
// The words that follow a sentence's subject when it is one: a verb, not a noun it qualifies.
const VERB_AFTER = /^(\p{Ll}+ed|has|have|had|is|are|was|were|will|would|can|could|may|might|must|said|says|told|held|kept|left|set|put|rose|fell|grew|hit|won|took|gave|made|sold|paid|cut|lost|spent|became|began|saw|got|ran|now|also|still|already|just|only|then|on|in|\p{Ll}+(л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ут|ят|ат|ется|ится|ются|ятся|ает|яет|ует|уют))$/u;
// A capitalised plural of lower-case shape ("Floods", "Prices") at a sentence start is a common noun.
const PLURAL = /^\p{Lu}\p{Ll}{2,}s$/u;

const WORD = /(?:«[^»]{1,40}»|"[\p{Lu}][^"]{0,40}"|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’&.-]*(?:\/[\p{Lu}][\p{L}\p{M}\p{N}-]*)*\+?|&)/gu;
// Country abbreviations after an institution's name say where it is, not who: "ФРС США", "the Fed (US)".
const COUNTRY_CODES = new Set(['сша', 'us', 'usa', 'uk', 'eu', 'ес', 'рф', 'кнр', 'фрг', 'оаэ', 'uae', 'prc']);
/** Whether a word is a country's abbreviation ("США", "UK"): after a name it says where, not who. */
export function isCountryCode(word: string): boolean {
  return COUNTRY_CODES.has(bare(word).toLowerCase());
}
// Institutions named after a place: "Bank of Russia", "Банк России", "Government of Japan".
const INSTITUTION = /^(bank|central|government|ministry|parliament|duma|council|court|agency|office|republic|federation|university|committee|банк\p{L}{0,2}|центробанк\p{L}{0,2}|правительств\p{L}{1,2}|министерств\p{L}{1,2}|минфин\p{L}{0,2}|парламент\p{L}{0,2}|дум\p{L}{1,2}|совет\p{L}{0,2}|суд\p{L}{0,2}|агентств\p{L}{1,2}|служб\p{L}{1,2}|комитет\p{L}{0,2}|ведомств\p{L}{1,2}|федераци\p{L}{1,2}|республик\p{L}{1,2}|университет\p{L}{0,2}|мэри\p{L}{1,2}|администраци\p{L}{1,2}|посольств\p{L}{1,2})$/iu;
// Capitalised abbreviations of what is measured, not of who owns it: "ВВП России", "GDP", "CPI".
// Measures and states ("режим ЧС", a state of emergency) written as acronyms: no one's name.
// Words party and group names are built from: a place inside such a name is part of it ("United
// Russia", "Reform UK") and "for" joins it ("Patriots for Europe", "Alternative for Germany").
const PARTY_WORD = /^(united|reform|patriots|alliance|union|party|front|movement|rally|league|coalition|bloc|congress|alternative|democrats|republicans|together|forward|renewal|renaissance|freedom|justice|solidarity|progress|civic|national|democratic|liberal|social|socialist|socialists|green|greens|left|labour|conservative|conservatives|independence|popular|people's|peoples)$/iu;
const TIER = /^(Premium|Plus|Pro|Lite|Business|Gold)$/u;
/** Whether a word names a paid tier of a product ("Premium" in "Telegram Premium"). */
export function isTier(word: string): boolean {
  return TIER.test(bare(word));
}
const MEASURE_ACRONYMS = new Set(['ввп', 'gdp', 'cpi', 'ипц', 'ндс', 'vat', 'ндфл', 'ppi', 'pmi', 'hicp', 'чс', 'мрот']);
// Acronyms of common nouns, written in capitals but naming a kind of thing, no one: "a VPN service",
// "провел IPO", "the CEO", "AI tools", "SMS".
const COMMON_ACRONYMS = new Set(['vpn', 'vpns', 'ipo', 'ipos', 'ceo', 'cfo', 'cto', 'coo', 'ai', 'ии', 'sms', 'смс', 'api', 'etf', 'etfs', 'gps', 'ev', 'evs', 'сми', 'пк', 'ит']);

/** Words that stay out of a name even between two name words: days, months, titles, numbers. */
const CALENDAR_OR_TITLE = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|prof|sir|president|prime|minister|ceo|chief|head|deputy|the|a|an|and|or|of|in|on|at|by|for|to|one|two|three|four|five|six|seven|eight|nine|ten)$/iu;

function isCapitalised(word: string): boolean {
  // ... or a brand in lower-case camel ("iPhone", "eBay", "iOS").
  return /^[«"]?\p{Lu}/u.test(word) || /^\p{Ll}\p{Lu}/u.test(word);
}

/** Name-shaped: CamelCase (WhatsApp), all capitals (RBC, ВТБ), letters with digits, or Latin in Cyrillic text. */
function nameShaped(word: string, cyrillicText: boolean): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  if (/^\p{L}+\p{Lu}\p{L}*$/u.test(word) && /\p{Ll}/u.test(word)) return true;
  if (/\p{L}\d|\d\p{L}/u.test(word)) return true;
  return cyrillicText && /^[A-Za-z]/u.test(word);
}

function bare(word: string): string {
  return word.replace(/[«»"]/gu, '').replace(/[’']s$/u, '').replace(/[’'.]$/u, '');
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * A name in a comparable form: lower case, possessive and a Russian case ending dropped, Cyrillic
 * spelled in Latin letters, so "Горелкина" and "Gorelkin" are one name.
 */
export function nameKey(name: string): string {
  const words = name.toLowerCase().replace(/[’']s$/u, '').replace(/[.]+$/u, '').trim().split(/\s+/u);
  return words
    // Case endings go; "-ов"/"-ев" stay, as they end surnames in the nominative ("Развожаев", "Развожаева").
    // A stem in -е/-и after its ending goes is a name in -ей/-ий ("Сергея", "Дмитрию"): that vowel goes too.
    .map((w) => (/^[\u0400-\u04FF]{5,}$/u.test(w) ? w.replace(/(ами|ями|ого|его|ому|ему|ыми|ими|ым|ам|ям|ах|ях|ом|ем|ой|ей|ою|ею|а|я|у|ю|е|ы|и|й)$/u, '').replace(/(?<=[\u0400-\u04FF]{3})(?<=[^еи])[еи]$/u, '') : w))
    .map((w) => (/[\u0400-\u04FF]/u.test(w) ? [...w].map((c) => TRANSLIT[c] ?? c).join('') : w))
    .join(' ');
}

export interface NameContext {
  topics: ReadonlyMap<string, Topic>;
  /** Names known from the rest of the document: a sentence-initial word there is a name too. */
  knownNames?: ReadonlySet<string>;
}

/**
 * Names in `sentence` (which starts at `offset` in its document), with `mentions` (document offsets)
 * giving the source set's topics.
 */
export function findNames(sentence: string, offset: number, mentions: readonly Mention[], ctx: NameContext): NameSpan[] {
  const names: NameSpan[] = [];
  for (const m of mentions) {
    const topic = ctx.topics.get(m.topicId);
    if (topic?.kind !== 'entity') continue;
    const after = sentence.slice(m.end - offset, m.end - offset + 2);
    names.push({ start: m.start, end: m.end, key: m.topicId, label: topic.label, topicId: m.topicId, possessive: /^[’']s/u.test(after) });
  }
  const cyrillic = /[\u0400-\u04FF]{3}/u.test(sentence);
  // In a sentence set in capitals every word looks like a name: only the source set's names count.
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/\p{Lu}/gu, '').length < letters.length * 0.2) return names.sort((a, b) => a.start - b.start);
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const covered = (s: number, e: number) => names.some((n) => s + offset < n.end && e + offset > n.start);

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isCapitalised(w.text)) continue;
    // "Telegram Premium", "YouTube Premium": a paid tier after a name is that name's product, no name of its own.
    if (isTier(w.text) && names.some((n) => n.end === w.start + offset - 1 && n.topicId !== null)) continue;
    // "pay for Premium", "подписка на Premium": a paid tier named alone after a preposition is the tier of
    // what the sentence is about, no owner of its own.
    if (isTier(w.text) && /(?:^|\s)(for|to|of|on|with|на|за|в|с)\s+$/iu.test(sentence.slice(Math.max(0, w.start - 6), w.start)) && !isCapitalised(words[i + 1]?.text ?? '') ) continue;
    if (covered(w.start, w.end)) {
      // «Единая Россия»: a quoted name that only holds a topic's name is a name of its own.
      const inside = /^[«"]/u.test(w.text) ? names.filter((n) => n.start >= w.start + offset && n.end <= w.end + offset) : [];
      const whole = inside.some((n) => n.start <= w.start + offset + 1 && n.end >= w.end + offset - 1);
      if (inside.length === 0 || whole || names.some((n) => n.start < w.start + offset && n.end > w.start + offset)) continue;
      for (const m of inside) names.splice(names.indexOf(m), 1);
    }
    // A run of capitalised words, joined by "of"/"de" or "&" ("Bank of England", "Smith & Co").
    let j = i;
    const absorbed: NameSpan[] = [];
    while (j + 1 < words.length && !/[’']s$/u.test(words[j]!.text)) {
      const next = words[j + 1]!;
      if (!/^[\s\u00A0]+$/u.test(sentence.slice(words[j]!.end, next.start))) break;
      if (covered(next.start, next.end)) {
        // "Банк России", "Bank of Russia": the place a bank or ministry is named after is part of its name.
        const mention = names.find((n) => n.start === next.start + offset);
        const head = words.slice(i, j + 1).find((x) => INSTITUTION.test(bare(x.text)) || PARTY_WORD.test(bare(x.text)));
        if (!mention || !head || mention.possessive) break;
        absorbed.push(mention);
        j++;
        continue;
      }
      if (covered(next.start, next.end) || !/^[\s\u00A0]+$/u.test(sentence.slice(words[j]!.end, next.start))) break;
      // One name does not change script or open a quotation midway: "Капитализация Microsoft", "Сервисом «Авито»".
      const switches = /^[\u0400-\u04FF]/u.test(bare(words[j]!.text)) !== /^[«"]?[\u0400-\u04FF]/u.test(next.text) || (/^[«"]/u.test(next.text) && !/^[«"]/u.test(words[j]!.text) && !LEGAL_FORM.test(`${bare(words[j]!.text)} `));
      // A common word between two name words is part of the name: "European Investment Bank".
      const after = words[j + 2];
      const sandwiched = NOT_NAMES.has(bare(next.text).toLowerCase()) && !CALENDAR_OR_TITLE.test(bare(next.text)) && !!after && isCapitalised(after.text) && !NOT_NAMES.has(bare(after.text).toLowerCase()) && !covered(after.start, after.end) && /^[\s\u00A0]+$/u.test(sentence.slice(next.end, after.start));
      const party = words.slice(i, j + 1).some((x) => PARTY_WORD.test(bare(x.text)));
      if (isCapitalised(next.text) && (!NOT_NAMES.has(bare(next.text).toLowerCase()) || sandwiched) && !switches && (!COUNTRY_CODES.has(bare(next.text).toLowerCase()) || party)) j++;
      else if (next.text === 'of' && words[j + 2]?.text === 'the' && words[j + 3] && isCapitalised(words[j + 3]!.text) && !covered(words[j + 3]!.start, words[j + 3]!.end)) j += 3;
      else if ((/^(of|de|la|du|von|van|&)$/u.test(next.text) || (next.text === 'for' && party)) && j + 2 < words.length && isCapitalised(words[j + 2]!.text) && (!covered(words[j + 2]!.start, words[j + 2]!.end) || words.slice(i, j + 1).some((x) => INSTITUTION.test(bare(x.text)) || PARTY_WORD.test(bare(x.text))))) {
        const mention = names.find((n) => n.start === words[j + 2]!.start + offset);
        if (mention) absorbed.push(mention);
        j += 2;
      }
      else break;
    }
    let first = i;
    // Titles and sentence starters before a name stay out of it ("President Vladimir Putin" -> "Vladimir Putin").
    while (first <= j && NOT_NAMES.has(bare(words[first]!.text).toLowerCase())) first++;
    // "Правящая ЛДП": an adjective opening the sentence before an acronym is no part of its name.
    // ... nor is a class noun: "Блок ХДС/ХСС", "Партия ЛДП" are ХДС/ХСС and ЛДП.
    const acronym = (x: { text: string } | undefined) => x !== undefined && /^\p{Lu}{2,}(?:\/\p{Lu}{2,})*$/u.test(bare(x.text));
    if (first < j && isClauseStart(sentence, words[first]!.start) && (/^[\u0400-\u04FF]+(ая|ый|ий|ое|ые|ие|яя)$/u.test(words[first]!.text) || /^(блок|партия|коалиция|движение|bloc)$/iu.test(words[first]!.text)) && acronym(words[first + 1])) first++;
    // "ХДС/ХСС Фридриха Мерца", "ЛДП Сигэру Исибы": a person named after a party's acronym in the genitive
    // is its leader, a name of their own.
    let cut = -1;
    for (let k = first; k + 2 <= j && cut < 0; k++) if (acronym(words[k]) && /^[\u0400-\u04FF]+[ая]$/u.test(words[k + 1]!.text) && /^[\u0400-\u04FF]+([аяы]|ого|его)$/u.test(words[k + 2]!.text)) cut = k;
    if (cut >= 0) {
      j = cut;
      i = cut;
    }
    const last = words[j]!;
    i = j;
    if (first > j) continue;
    const head = words[first]!;
    const word = bare(head.text);
    const label = bare(sentence.slice(head.start, last.end)).replace(LEGAL_FORM, '');
    const possessive = /[’']s$/u.test(last.text);
    let isName = /^[«"]/u.test(head.text) || nameShaped(word, cyrillic) || first < j || (ctx.knownNames?.has(nameKey(label)) ?? false);
    // A single capitalised word: mid-sentence a name; opening a sentence, a name unless it reads as a
    // common word, or the word after it is no verb ("Flash floods killed", "Выплаты пострадавшим").
    if (!isName) {
      const following = /^\s+([\p{L}-]+)/u.exec(sentence.slice(last.end))?.[1] ?? '';
      // A verb in -s ("counts", "says") is followed by its object, a plural noun ("downpours") by a verb.
      const afterThat = /^\s+[\p{L}-]+\s+([\p{L}\p{N}~$€£-]+)/u.exec(sentence.slice(last.end))?.[1] ?? '';
      const presentVerb = /^\p{Ll}+s$/u.test(following) && /^(\p{N}|[~$€£]|the$|a$|an$|about$|around$|some$|more$|over$|nearly$|almost$|its$|their$|that$|it$|to$)/u.test(afterThat);
      const modifies = /^\p{Ll}/u.test(following) && !VERB_AFTER.test(following) && !presentVerb && !/^(in|on|at|for|by|with|from|to|of|and|or|в|во|на|с|со|по|за|к|у|из|от|до|при|и|а|но|уже|также|сейчас|ежедневно|ежемесячно|впервые|ранее)$/u.test(following);
      // "Навроцкий победил": a surname in -ский/-цкий right before its verb, not an adjective.
      const surname = /^[\u0400-\u04FF]+[сц]к(ий|ая)$/u.test(word) && VERB_AFTER.test(following) && /[\u0400-\u04FF]/u.test(following);
      isName = !isClauseStart(sentence, head.start) || possessive || surname || !(COMMON_ENDING.test(word.toLowerCase()) || (PLURAL.test(word) && /^\s+\p{Ll}/u.test(sentence.slice(last.end))) || modifies);
    }
    // "Brent crude fell": a benchmark's name opening the sentence.
    if (!isName && /^\s+crude(?![\p{L}’'])/u.test(sentence.slice(last.end))) isName = true;
    // "the Australian design platform": a people's adjective before a noun names no one.
    // "Rivian expects to", "Nvidia said": a verb after it makes it a name after all.
    const nextWord = /^\s+([\p{L}-]+)/u.exec(sentence.slice(last.end))?.[1] ?? '';
    const verbNext = VERB_AFTER.test(nextWord) || /^\p{Ll}+(s|ed)$/u.test(nextWord) && /^\s+[\p{L}-]+\s+(to|that|the|a|an|its|\p{N})/u.test(sentence.slice(last.end));
    // ("Japan's core prices": a possessive is a name, whatever its ending.)
    const adjective = first === j && !possessive && /^\p{Lu}\p{Ll}+(an|ian|ese|ish|ic)$/u.test(word) && /^\s+\p{Ll}/u.test(sentence.slice(last.end)) && !verbNext && !ctx.knownNames?.has(nameKey(word));
    // "720 MEPs", "650 MPs", "400 million PCs": a plural acronym after a number is what is counted.
    const countedAcronym = first === j && /^\p{Lu}{2,}s$/u.test(word) && /\d\s*$/u.test(sentence.slice(Math.max(0, head.start - 3), head.start));
    // "London-based", "Kremlin-backed", "state-owned": a compound adjective, not a name.
    const compound = first === j && /-(based|born|owned|backed|led|run|listed|made|linked|controlled|funded|affiliated|style|era)$/iu.test(word);
    // "VPN-подписка", "Бета-версия", "IT-компания": a compound whose last part is lower case is a common noun.
    const commonCompound = first === j && !/^[«"]/u.test(head.text) && /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-\p{Ll}+$/u.test(word) && !ctx.knownNames?.has(nameKey(word));
    // "the EF-4 tornado", "an F5", "a Cat-3 storm": a rating on a scale names a class, no one.
    const commonAcronym = first === j && (COMMON_ACRONYMS.has(word.toLowerCase()) || /^(EF|F|Cat)-?\d$/u.test(word));
    if (!isName || adjective || compound || countedAcronym || commonCompound || commonAcronym || MEASURE_ACRONYMS.has(word.toLowerCase()) || MEASURE_ACRONYMS.has(bare(last.text).toLowerCase())) continue;
    for (const m of absorbed) names.splice(names.indexOf(m), 1);
    // A quoted name takes its closing quote along ("«Яндекса»"); a sentence's full stop stays out.
    // "Ford Motor Co. is recalling": an abbreviation's point inside the sentence belongs to the name.
    let end = last.end - (possessive ? 2 : /[.]$/u.test(last.text) && (sentence.slice(last.end).trim() === '' || !/^\p{Lu}\p{Ll}{0,4}\.$/u.test(last.text)) ? 1 : 0);
    if (/^[«"]/u.test(head.text) && !/[»"]$/u.test(sentence.slice(head.start, end)) && /^[»"]/u.test(sentence.slice(end))) end++;
    // "the Dragon Bravo fire": a wildfire is named by its name and a lower-case "fire" after it; an oil
    // benchmark by its name and "crude" ("Brent crude fell").
    const fire = possessive ? null : /(?:^|\s)the\s+$/iu.test(sentence.slice(Math.max(0, head.start - 5), head.start)) ? /^\s+(fire|wildfire|complex fire)(?![\p{L}’'])/u.exec(sentence.slice(end)) : /^\s+crude(?![\p{L}’'])/u.exec(sentence.slice(end));
    if (fire) {
      end += fire[0].length;
      const named = sentence.slice(head.start, end);
      names.push({ start: head.start + offset, end: end + offset, key: nameKey(named), label: named, topicId: null, possessive: false });
      continue;
    }
    // "the Switch 2", "Windows 10 PCs", "Boeing 737 MAX": a model number is part of the name (not a
    // year, a figure with its unit or scale, or a result in a list: "the AfD 152 and the SPD 120").
    const model = possessive ? null : /^ (\d{1,4})(?![\d.,]\d|\s?%|[\p{L}\d]|\s\d)(?:\s+([\p{L}-]+))?/u.exec(sentence.slice(end));
    // ("Банка России 12 сентября", "Kamchatka 30 July": a day of a month is a date.)
    const dayOfMonth = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu.test(model?.[2] ?? '');
    if (model && !/^(19|20)\d\d$/u.test(model[1]!) && !dayOfMonth) {
      const listed = /(?:^|\s)(the|and|и|а|,)\s*$/iu.test(sentence.slice(Math.max(0, head.start - 5), head.start)) && /^\s?[,.;)]|^\s(and|и|а)\s/u.test(sentence.slice(end + model[1]!.length + 1) || '.');
      // ("Volkswagen 100 vehicles", "Фьорд 300 машин": the number counts the plural noun after it.)
      const countsNoun = model[2] !== undefined && (/^\p{Ll}+s$/u.test(model[2]) && !/^(is|was|has|does|says|goes|sells|makes|runs|gets|uses)$/u.test(model[2]) || (/^[а-яё]+$/u.test(model[2]) && !/^(в|во|на|с|со|к|по|за|из|у|о|от|до|для|при|без|над|под|про|через|и|или|а|но|что|как|уже|был\p{L}*|стал\p{L}*|вышел|вышла|вышли)$/u.test(model[2])));
      const unitAfter = countsNoun || model[2] !== undefined && /^(percent|per|points?|thousand|million|billion|trillion|mn|bn|m|тыс|млн|млрд|процент\p{L}*|мандат\p{L}*|seats?|votes?|people|человек|years?|лет|года?)$/iu.test(model[2]);
      if (!listed && !unitAfter) {
        const named = `${label} ${model[1]}`;
        names.push({ start: head.start + offset, end: end + model[0].length - (model[2] ? model[0].length - model[0].indexOf(model[2]) : 0) + offset, key: nameKey(named), label: named, topicId: null, possessive: false });
        continue;
      }
    }
    names.push({ start: head.start + offset, end: end + offset, key: nameKey(label), label, topicId: null, possessive });
  }
  return names.sort((a, b) => a.start - b.start);
}

/** Whether `at` opens the sentence or a clause that capitalises its first word (after a colon, a quote, a list dash). */
function isClauseStart(sentence: string, at: number): boolean {
  // ... or a wire dateline's dash ("ОРСК. 7 апреля. ИНТЕРФАКС - Прорыв дамбы").
  return /(^|[:;.!?]\s+|^[-•–—*]\s*|[“"«(]\s*)$/u.test(sentence.slice(Math.max(0, at - 3), at)) || /\p{Lu}{3,}\)?\s+[-–—]\s+$/u.test(sentence.slice(Math.max(0, at - 16), at));
}
