/**
 * npm run accuracy: scores the figure reader and the verdicts on the corpus, writes docs/accuracy.md
 * and records the scores in tests/corpus/recorded-accuracy.json, the floor the unit test holds them to.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedPack } from '../helpers/seed-pack';
import { loadCorpus, scoreCorpus, type CorpusReport, type Score } from './score-corpus';

export const RECORDED = resolve(import.meta.dirname, 'recorded-accuracy.json');
const DOC = resolve(import.meta.dirname, '../../docs/accuracy.md');

/** The numbers the test holds the reader to: each precision and recall, per language. */
export function recordedNumbers(r: CorpusReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const lang of ['en', 'ru', 'all']) {
    out[`extraction.${lang}.precision`] = r.extraction[lang]!.precision;
    out[`extraction.${lang}.recall`] = r.extraction[lang]!.recall;
    for (const [verdict, s] of Object.entries(r.verdicts[lang]!)) {
      out[`verdict.${lang}.${verdict}.precision`] = s.precision;
      out[`verdict.${lang}.${verdict}.recall`] = s.recall;
    }
  }
  return out;
}

const pct = (x: number) => x.toFixed(3);

/** What the misses below have in common, read off them by hand: where the next work on the reader goes. */
const WHERE_IT_FAILS = [
  'Where the reader still fails, by kind (read off the misses below; about 140 in all):',
  '',
  '- **No owner found (about 35).** The owner stands far from the figure or is implied: a product for its maker or the',
  '  reverse (iPhone, Android, Switch 2, Windows 10), a storm or fire named in an earlier clause ("payouts for Storm',
  '  Ciarán ..., with around 74,000 claims"), results given against another name ("by 50.89% to 49.11%").',
  '- **An owner where the record has none (about 25).** Mostly places and events the corpus keeps as a place, not a',
  '  subject (a quake in Turkey, "the Laurel County tornado"), and election totals that belong to no party.',
  '- **The wrong owner (about 35).** A person speaking for a product ("Mark Zuckerberg said" of Threads), a party name',
  '  that holds a place ("United Russia", "Reform UK"), a subsidiary for its group (Сбер, VK Видео).',
  '- **Figures never read (25) or read where there are none (6).** Elliptic totals ("the 270 needed"), numbers in',
  '  relative clauses after their noun ("the 51,579 it handed over"), years in fixed phrases ("the 2021 Duma',
  '  election"), months against months with no event named ("in June" against "in July" for a law).',
  '- **Verdicts.** Misses follow from the above, plus two the reader decides on purpose: "roughly 170 million" against',
  '  "more than 180 million" is a conflict, not close (a 6% gap, over the 2% a near miss may have), and "blocked since',
  '  2023" against a source\'s "since the invasion in 2022, ... banning" is unverified, as that source dates the ban only',
  '  as no earlier than 2022.',
];
const row = (name: string, s: Score) => `| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.tp} | ${s.fp} | ${s.fn} |`;

function render(r: CorpusReport, files: Record<string, number>): string {
  const lines: string[] = [];
  lines.push('# Accuracy of figures on real-text sentences', '');
  lines.push(
    'Written by `npm run accuracy` from the corpus in `tests/corpus/` (sentences the team wrote in the styles of real',
    'reports, after reading them with the `search` tool; no page text is copied). `tests/unit/figure-corpus.test.ts`',
    'fails when any precision or recall below drops under the value recorded in `tests/corpus/recorded-accuracy.json`.',
    '',
  );
  lines.push('## Corpus', '', '| file | sentences |', '| --- | ---: |');
  for (const [file, n] of Object.entries(files)) lines.push(`| ${file} | ${n} |`);
  lines.push(`| **all** (English ${r.sentences.en}, Russian ${r.sentences.ru}) | ${r.sentences.all} |`, '');
  lines.push(
    '## Figure extraction',
    '',
    'A figure counts as read right when its value (or date), its subject and its period all match the record; a',
    'figure read wrongly counts once as a false positive and once as a miss. All files, the bundled story included.',
    '',
    '| language | precision | recall | right | wrong or extra | missed or wrong |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const lang of ['en', 'ru', 'all']) lines.push(row(lang, r.extraction[lang]!));
  lines.push('', 'Of the figures found where a record expects one, the share with each field right:', '');
  lines.push('| language | value | subject | period | bound | place |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const lang of ['en', 'ru', 'all']) {
    const f = r.fields[lang]!;
    lines.push(`| ${lang} | ${pct(f.value)} | ${pct(f.subject)} | ${pct(f.period)} | ${pct(f.bound)} | ${pct(f.place)} |`);
  }
  lines.push(
    '',
    '## Verdicts against the bundled sources',
    '',
    'Each figure of the bundled-story sentences, read by the whole pipeline (`scanText` then `analyzePage`, as the',
    'extension and `npm run analyze` run it), against the verdict a careful reader reached. A figure the pipeline does',
    'not read counts as unverified; one it reads that no record expects counts against the verdict it got.',
    '',
  );
  for (const lang of ['en', 'ru', 'all']) {
    lines.push(`### ${lang === 'en' ? 'English' : lang === 'ru' ? 'Russian' : 'Both languages'}`, '');
    lines.push('| verdict | precision | recall | right | wrongly given | missed |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [verdict, s] of Object.entries(r.verdicts[lang]!)) lines.push(row(verdict, s));
    lines.push('');
  }
  lines.push(
    "## Against issue 10's bar",
    '',
    'The bar: extraction precision and recall at least 0.95, conflict verdicts precision at least 0.95 and recall at least 0.9, in each language.',
    '',
    '| language | extraction P | extraction R | conflicts P | conflicts R | bar met |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const lang of ['en', 'ru']) {
    const e = r.extraction[lang]!;
    const c = r.verdicts[lang]!.conflicts;
    const met = e.precision >= 0.95 && e.recall >= 0.95 && c.precision >= 0.95 && c.recall >= 0.9;
    lines.push(`| ${lang} | ${pct(e.precision)} | ${pct(e.recall)} | ${pct(c.precision)} | ${pct(c.recall)} | ${met ? 'yes' : 'no'} |`);
  }
  lines.push('', ...WHERE_IT_FAILS, '');
  lines.push('## Known misses', '', 'Every sentence where the reader or a verdict differs from the record, as this run found them.', '');
  if (r.extractionMisses.length === 0 && r.verdictMisses.length === 0) lines.push('None.');
  for (const m of r.verdictMisses) lines.push(`- verdict, ${m.id} (${m.lang}): ${m.what}`);
  for (const m of r.extractionMisses) lines.push(`- reading, ${m.id} (${m.lang}): ${m.what}`);
  lines.push('');
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const entries = loadCorpus();
  const report = scoreCorpus(entries, seedPack());
  const files: Record<string, number> = {};
  for (const e of entries) files[e.file] = (files[e.file] ?? 0) + 1;
  writeFileSync(DOC, render(report, files));
  writeFileSync(RECORDED, `${JSON.stringify(recordedNumbers(report), null, 2)}\n`);
  const e = report.extraction;
  console.log(`extraction P/R: en ${pct(e.en!.precision)}/${pct(e.en!.recall)}, ru ${pct(e.ru!.precision)}/${pct(e.ru!.recall)}`);
  for (const lang of ['en', 'ru']) {
    const c = report.verdicts[lang]!.conflicts;
    console.log(`conflicts P/R ${lang}: ${pct(c.precision)}/${pct(c.recall)}`);
  }
  console.log(`wrote ${DOC} and ${RECORDED}`);
}
