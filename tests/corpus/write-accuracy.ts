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
  'Where the reader still fails, by kind (read off the misses below; 15 readings and 8 verdicts, down from 51 and 10,',
  'and from about 140 before that):',
  '',
  '- **The wrong owner (6).** A ruling named by its product ("the €4.34bn Android ruling of 2018" is Google\'s fine, its',
  '  year too), a back-reference by description ("the chip\'s export" for the H20; "за республиканца", "за кандидата',
  '  демократов" for the candidates the sentence before names), a brand that changes script ("VK Видео" read as',
  '  "Видео").',
  '- **No owner found (3).** "Nearly 40% of ... spending goes through Amazon" (the owner after the verb), "its NDA',
  '  allies, which have 293" (a relative clause whose antecedent is a noun phrase, not a name), and on purpose "In',
  '  Russia, a nation of about 146 million people" (giving such figures to the place would also give "In St. Louis,',
  '  the tornado damaged about 5,000 buildings" to St. Louis).',
  '- **An owner where the record has none (4).** A clause whose subject is a common noun with a place in it ("as U.S.',
  '  buyers rushed to claim a $7,500 tax credit", also given the main clause\'s quarter; "while euro zone inflation held',
  '  at 2.1%"), a turnout named only after its figure ("Fewer than 40% of Nigeria\'s ... voters cast ballots, the',
  '  lowest turnout"), and an official who estimates damage ("Губернатор ... оценил ущерб в сумму свыше 40 млрд руб.")',
  '  where a forecaster owns his forecast.',
  '- **The wrong period (1).** "earlier forecasts of 2.8% and 3.0%" (the years respectively).',
  '- **Figures never read (1).** A law named by its number ("закона № 86-ФЗ, принятого в 2002 году").',
  '- **Verdicts (8).** Three the reader decides on purpose: "roughly 170 million" / "около 170 млн" against "more than',
  '  180 million" is a conflict, not close (a 6% gap, over the 2% a near miss may have), and "blocked since 2023" against',
  '  a source\'s "since the invasion in 2022, ... banning" is unverified, as that source dates the ban only as no earlier',
  '  than 2022. The other five are read right and lost in the comparison: the July law has no named owner on either',
  '  side ("Russian lawmakers passed a law", "в России приняли закон") and is not compared, the Duma\'s law "in June" /',
  '  "в июне" is read but not listed by the page pipeline, and "Russia has made \'discrediting\' the army a crime since',
  '  2022" finds no source date for Russia.',
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
