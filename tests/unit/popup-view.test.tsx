import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { PopupActions } from '../../components/popup-actions';
import { PopupView } from '../../components/PopupView';
import { EN, RU, translator, type Messages } from '../../lib/i18n/messages';
import type { TabReport } from '../../lib/messages/protocol';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

const report: TabReport = {
  url: 'https://news.example/a',
  topics: [{ id: 'whatsapp', label: 'WhatsApp', count: 3 }],
  facts: [{ text: `WhatsApp ${HOSTILE} said so.`, start: 0, sourceId: 's1', sentenceId: 4, quote: `A quote ${HOSTILE}`, score: 0.5, topics: ['whatsapp'] }],
  figures: [
    {
      text: 'roughly 97 million',
      sentence: `WhatsApp has roughly 97 million users ${HOSTILE}.`,
      start: 0,
      end: 10,
      subject: 'WhatsApp users',
      verdict: 'conflicts',
      explanation: `this page: roughly 97 million; source s1: about 96 million ${HOSTILE}`,
      sources: [{ sourceId: 's1', sentenceId: 4, text: 'about 96 million', quote: 'About 96 million.', attribution: 'Mediascope', agrees: false }],
      sourceCount: { fitting: 0, other: 1 },
    },
  ],
  sourceConflicts: [],
  sources: { s1: { id: 's1', title: `Title ${HOSTILE}`, outlet: null, date: null } },
  scannedAt: 1,
};

function actions(messages: Messages = EN): PopupActions {
  return {
    t: translator(messages),
    passageHref: (id, n) => `chrome-extension://x/source.html?source=${id}#s${n}`,
    showOnPage: () => undefined,
    toggleSite: () => undefined,
    openSettings: () => undefined,
  };
}

describe('PopupView', () => {
  it('renders page and source text as text, never as markup', () => {
    const html = render(<PopupView state={{ kind: 'report', report }} site={null} notice={[]} actions={actions()} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=');
  });

  it('puts conflicting figures before matching facts, with counts in the headings', () => {
    const html = render(<PopupView state={{ kind: 'report', report }} site={null} notice={[]} actions={actions()} />);
    expect(html.indexOf('Conflicting figures (1)')).toBeGreaterThan(-1);
    expect(html.indexOf('Conflicting figures (1)')).toBeLessThan(html.indexOf('Matching facts (1)'));
  });

  it('says how many disagreements among the sources it leaves out', () => {
    const side = report.figures[0]!.sources;
    const withMore: TabReport = { ...report, sourceConflicts: [{ subject: 'WhatsApp users', explanation: 'They differ.', sides: [side, side] }], moreSourceConflicts: 12 };
    expect(render(<PopupView state={{ kind: 'report', report: withMore }} site={null} notice={[]} actions={actions()} />)).toContain('12 more disagreements');
    expect(render(<PopupView state={{ kind: 'report', report: { ...withMore, moreSourceConflicts: 0 } }} site={null} notice={[]} actions={actions()} />)).not.toContain('more disagreements');
  });

  it('speaks Russian to a Russian browser', () => {
    const html = render(
      <PopupView state={{ kind: 'report', report }} site={{ host: 'news.example', enabled: true }} notice={[]} actions={actions(RU)} />,
    );
    expect(html).toContain('Расходящиеся цифры (1)');
    expect(html).toContain('Подтверждённые факты (1)');
    expect(html).toContain('Выключить на news.example');
    expect(html).toContain('Показать на странице');
  });

  it('shows a settings notice when stored settings were bad', () => {
    const html = render(<PopupView state={{ kind: 'empty' }} site={null} notice={['the colour palette was unknown']} actions={actions()} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('the colour palette was unknown');
  });
});

describe('messages', () => {
  it('has every English message in Russian, with the same placeholders', () => {
    for (const key of Object.keys(EN) as Array<keyof typeof EN>) {
      expect(RU[key], key).toBeTruthy();
      expect((RU[key].match(/\{\w+\}/g) ?? []).sort(), key).toEqual((EN[key].match(/\{\w+\}/g) ?? []).sort());
    }
  });
});
