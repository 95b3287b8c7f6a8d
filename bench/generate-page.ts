import { pick, seededRandom } from './random';

/**
 * News-like pages for the benchmark: a header with navigation, an article of paragraphs, links,
 * emphasis, lists and nested markup, a sidebar and a footer. "quiet" pages use only everyday words
 * (no topic of the sources); "dense" ones mention the sources' topics and figures in every paragraph;
 * "typeset" ones are the dense page set as news sites set text, the topic sentences in curly quotes
 * with a dash before the next: a browser then holds the text as two bytes a character, not one.
 */
export type Flavour = 'quiet' | 'dense' | 'typeset';

const EVERYDAY = (
  'the a of and to in on for with at by from after before during over under about between river garden kitchen ' +
  'morning evening weekend holiday recipe bread butter cheese apple orange market street village mountain forest ' +
  'summer winter autumn spring rain snow wind sunshine cloud bicycle train station ticket museum gallery concert ' +
  'painter singer teacher student doctor nurse farmer baker builder driver neighbour family friend child dog cat ' +
  'walked cooked painted built opened closed visited planted watered fixed cleaned baked carried played sang ' +
  'quietly slowly gently happily carefully early late often never always together nearby outside inside green ' +
  'bright warm cold fresh quiet busy small large old new local famous simple careful friendly wooden stone'
).split(' ');

const TOPIC_SENTENCES = [
  'Roskomnadzor has restricted voice calls on WhatsApp and Telegram in Russia.',
  'According to Mediascope, WhatsApp has about 96 million monthly users in Russia, while Telegram has roughly 89 million.',
  'Telegram calls have barely worked since August 11, users in Moscow said.',
  'WhatsApp said Russian authorities were trying to cut off more than 100 million users.',
  'The Kremlin is promoting the state-backed messenger Max as part of its digital sovereignty push.',
  'Telegram says it deletes millions of harmful messages daily.',
];

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rand, EVERYDAY));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function paragraph(rand: () => number, flavour: Flavour): { html: string; words: number } {
  const parts: string[] = [];
  let words = 0;
  const n = 3 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) {
    let s = flavour !== 'quiet' && i === 1 ? pick(rand, TOPIC_SENTENCES) : sentence(rand, 8 + Math.floor(rand() * 10));
    words += wordCount(s);
    // Nested inline markup: links, emphasis, spans inside spans.
    if (rand() < 0.3) s = s.replace(/ (\w+) (\w+) /, ' <a href="#x">$1 <em>$2</em></a> ');
    if (rand() < 0.2) s = `<span class="lede"><strong>${s}</strong></span>`;
    parts.push(flavour === 'typeset' && i === 1 ? `“${s}” —` : s);
  }
  return { html: `<p>${parts.join(' ')}</p>`, words };
}

export function generatePage(words: number, flavour: Flavour, seed = 20251): string {
  const rand = seededRandom(seed + words + (flavour === 'quiet' ? 0 : 1));
  const body: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (count === 0 || rand() < 0.08) {
      section++;
      body.push(`<h2>${sentence(rand, 4).replace(/\.$/, '')}</h2>`);
    }
    if (rand() < 0.1) {
      const items = Array.from({ length: 3 }, () => `<li>${sentence(rand, 6)}</li>`);
      body.push(`<ul>${items.join('')}</ul>`);
      count += 18;
    }
    const p = paragraph(rand, flavour);
    body.push(p.html);
    count += p.words;
  }
  const nav = Array.from({ length: 12 }, (_, i) => `<a href="#s${i}">${pick(rand, EVERYDAY)}</a>`).join(' ');
  const aside = Array.from({ length: 8 }, () => `<li><a href="#t">${sentence(rand, 7)}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench ${flavour} ${words}</title>
<style>body{font-family:Georgia,serif;max-width:900px;margin:0 auto;line-height:1.5}aside{float:right;width:30%}</style></head>
<body><header><nav>${nav}</nav></header>
<aside><h3>Most read</h3><ul>${aside}</ul></aside>
<main><article><h1>${sentence(rand, 6).replace(/\.$/, '')}</h1>
<div class="body"><section>${body.join('\n')}</section></div></article></main>
<footer><p>${sentence(rand, 12)}</p></footer></body></html>`;
}
