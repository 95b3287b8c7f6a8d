import { describe, expect, it } from 'vitest';
import { applyAliases, parseAliasFile } from '../../lib/topics/apply-aliases';
import { deriveLexicon } from '../../lib/topics/derive-lexicon';
import { compileLexicon, countMentions, findMentions } from '../../lib/topics/find-mentions';
import type { Topic } from '../../lib/topics/topic-types';

const OPTIONS = { minDocs: 2, minPhraseDocs: 2, maxPhrases: 10 };

describe('deriveLexicon', () => {
  const docs = [
    { id: 'a', sentences: ['Officials in Norland said Acme Corp broke the export rules.', 'Critics say the export rules are vague.'] },
    { id: 'b', sentences: ['Acme Corp denied that it broke export rules in Norland.', 'The company will appeal, said CEO Jane Miller.'] },
    { id: 'c', sentences: ['Jane Miller said Acme Corp follows the law.', 'Weather was fine.'] },
  ];
  const topics = deriveLexicon(docs, OPTIONS);
  const labels = topics.map((t) => t.label);

  it('finds names used by several sources', () => {
    expect(labels).toEqual(expect.arrayContaining(['Acme Corp', 'Norland', 'Jane Miller']));
  });

  it('finds key phrases used by several sources', () => {
    expect(labels).toContain('export rules');
  });

  it('ignores capitalised sentence starts and one-off names', () => {
    expect(labels).not.toContain('Officials');
    expect(labels).not.toContain('Critics');
    expect(labels).not.toContain('Weather');
    expect(labels).not.toContain('CEO');
  });

  it('does not keep the parts of a longer name as topics of their own', () => {
    expect(labels).not.toContain('Acme');
    expect(labels).not.toContain('Miller');
  });
});

const TOPICS: Topic[] = [
  { id: 'whatsapp', label: 'WhatsApp', kind: 'entity', terms: [{ text: 'WhatsApp', caseSensitive: true, inflects: false }] },
  { id: 'max', label: 'Max', kind: 'entity', terms: [{ text: 'Max', caseSensitive: true, inflects: false }] },
  { id: 'pavel-durov', label: 'Pavel Durov', kind: 'entity', terms: [{ text: 'Pavel Durov', caseSensitive: true, inflects: false }] },
  { id: 'voice-calls', label: 'voice calls', kind: 'phrase', terms: [{ text: 'voice calls', caseSensitive: false, inflects: false }] },
  { id: 'roskomnadzor', label: 'Roskomnadzor', kind: 'entity', terms: [{ text: 'Roskomnadzor', caseSensitive: true, inflects: false }] },
];
const ALIASES = parseAliasFile({ topics: { Roskomnadzor: ['Роскомнадзор*', 'РКН'], 'Pavel Durov': ['Durov'] } });

describe('findMentions', () => {
  const { topics } = applyAliases(TOPICS, ALIASES);
  const lex = compileLexicon(topics);
  const found = (text: string) => findMentions(text, lex).map((m) => text.slice(m.start, m.end));

  it('matches whole words only', () => {
    expect(found('WhatsAppers and Maximum are not Max.')).toEqual(['Max']);
  });

  it('respects the case of names and ignores the case of phrases', () => {
    expect(found('the max speed; MAX launched; Voice Calls dropped')).toEqual(['MAX', 'Voice Calls']);
  });

  it('prefers the longest match and finds aliases', () => {
    expect(found('Pavel Durov spoke. Later Durov left.')).toEqual(['Pavel Durov', 'Durov']);
    expect(countMentions(findMentions('Pavel Durov spoke. Later Durov left.', lex), lex)).toEqual([
      { id: 'pavel-durov', label: 'Pavel Durov', count: 2 },
    ]);
  });

  it('finds Russian forms with inflectional endings', () => {
    expect(found('Решение Роскомнадзора и РКН; Роскомнадзорами нет')).toEqual(['Роскомнадзора', 'РКН', 'Роскомнадзорами']);
    expect(found('Роскомнадзоровщина')).toEqual([]);
  });

  it('allows a hyphen or space between the words of a term but not other text', () => {
    expect(found('voice-calls, voice  calls, voice. calls')).toEqual(['voice-calls', 'voice  calls']);
  });
});

describe('applyAliases', () => {
  it('reports alias keys that name no derived topic', () => {
    expect(applyAliases(TOPICS, parseAliasFile({ topics: { Nowhere: ['Nope'] } })).unknownKeys).toEqual(['Nowhere']);
  });

  it('rejects a malformed alias file with a clear message', () => {
    expect(() => parseAliasFile({ topics: { X: 'not a list' } })).toThrow(/aliases of "X"/);
    expect(() => parseAliasFile([])).toThrow(/"topics"/);
  });
});

describe('compact lexicon for the content script', () => {
  it('expands back to exactly the bundled lexicon', async () => {
    const { seedPack } = await import('../helpers/seed-pack');
    const { compactTopics, expandTopics } = await import('../../lib/topics/compact-topics');
    const { topics } = seedPack().pack;
    expect(expandTopics(compactTopics(topics))).toEqual(topics);
  });

  it('refuses a term whose case rule it could not carry', async () => {
    const { compactTopics } = await import('../../lib/topics/compact-topics');
    expect(() => compactTopics([{ id: 'x', label: 'x', kind: 'entity', terms: [{ text: 'iphone', caseSensitive: true, inflects: false }] }])).toThrow(/cannot be carried/);
  });
});
