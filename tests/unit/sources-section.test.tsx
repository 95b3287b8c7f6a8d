import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { SourcesSection, type SourcesActions, type SourcesState } from '../../components/SourcesSection';
import type { SetView } from '../../extension/source-library';
import { EN, RU, translator } from '../../lib/i18n/messages';

const HOSTILE = '<img src=x onerror="alert(1)">';
const noop = async () => undefined;
const actions = new Proxy({}, { get: () => noop }) as unknown as SourcesActions;

function source(n: number, extra: Partial<SetView['sources'][number]> = {}): SetView['sources'][number] {
  return { id: `s1-${n}`, setId: 's1', name: `${n}.txt`, title: null, stated: {}, enabled: true, words: 100 + n, outlet: null, date: null, label: `Lead words of source ${n}…`, ...extra };
}

const set: SetView = {
  id: 's1',
  name: `Ferry ${HOSTILE}`,
  enabled: true,
  createdAt: 1,
  revision: 1,
  sources: [source(1, { label: `Ferry opens ${HOSTILE}`, outlet: 'Norbay Post', date: '2026-03-02' }), ...Array.from({ length: 60 }, (_, i) => source(i + 2))],
};
const state: SourcesState = { bundled: true, sets: [set], progress: null, problems: [], done: false };

describe('the options page Sources section', () => {
  it('shows each source with its name, outlet, date and word count, 50 at a time, page text as text', () => {
    const html = render(<SourcesSection state={state} actions={actions} bundledCount={5} t={translator(EN)} />);
    expect(html).toContain('Bundled set: 5 articles');
    expect(html).toContain('Ferry opens &lt;img src=x onerror=&quot;alert(1)&quot;>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Norbay Post · 2026-03-02 · 101 words');
    expect(html).toContain('61 sources');
    expect(html.match(/class="source-row"/g)).toHaveLength(50);
    expect(html).toContain('Show 11 more (11 not shown)');
  });

  it('shows progress while a set builds and every problem when nothing changed', () => {
    const busy = render(<SourcesSection state={{ ...state, progress: { done: 3, total: 8 } }} actions={actions} bundledCount={5} t={translator(EN)} />);
    expect(busy).toMatch(/<progress value="3" max="8"/);
    expect(busy).toContain('Building the set: step 3 of 8');
    const failed = render(<SourcesSection state={{ ...state, problems: ['a.txt: binary data, not text', 'b.txt: empty file'] }} actions={actions} bundledCount={5} t={translator(RU)} />);
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('Ничего не изменено:');
    expect(failed).toContain('<li>a.txt: binary data, not text</li><li>b.txt: empty file</li>');
  });
});
