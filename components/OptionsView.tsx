import { useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/messages';
import { PALETTE_IDS, PALETTE_LABELS, PALETTES, type PaletteId } from '../lib/settings/palettes';
import { normalizeHost, type Settings } from '../lib/settings/settings';

export interface OptionsViewProps {
  settings: Settings;
  notice: string[];
  t: Translate;
  onSave: (settings: Settings) => Promise<void>;
}

type ShowKey = keyof Settings['show'];
const KINDS: Array<[ShowKey, 'optTopics' | 'optFacts' | 'optAgree' | 'optClose' | 'optConflict']> = [
  ['topics', 'optTopics'],
  ['facts', 'optFacts'],
  ['agree', 'optAgree'],
  ['close', 'optClose'],
  ['conflict', 'optConflict'],
];

function Swatch({ palette, kind }: { palette: PaletteId; kind: 'topic' | 'agree' | 'close' | 'conflict' }) {
  const [r, g, b, a] = PALETTES[palette].light[kind].background;
  return <span class="swatch" style={{ background: `rgba(${r}, ${g}, ${b}, ${a})`, borderBottomColor: PALETTES[palette].light[kind].underline }}>Aa</span>;
}

/** The settings form. The draft lives here until saved; saving is what open pages react to. */
export function OptionsView({ settings, notice, t, onSave }: OptionsViewProps) {
  const [draft, setDraft] = useState<Settings>(settings);
  const [sites, setSites] = useState(settings.disabledSites.join('\n'));
  const [saved, setSaved] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    const disabledSites = [...new Set(sites.split(/\s+/).map(normalizeHost).filter(Boolean))];
    await onSave({ ...draft, disabledSites });
    setSites(disabledSites.join('\n'));
    setSaved(true);
  };
  const change = (next: Settings) => {
    setDraft(next);
    setSaved(false);
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {notice.length > 0 && (
        <p class="notice" role="alert">
          {t('settingsProblem', { problems: notice.join('; ') })}
        </p>
      )}
      <form onSubmit={save}>
        <label class="row">
          <input type="checkbox" name="enabled" checked={draft.enabled} onChange={(e) => change({ ...draft, enabled: e.currentTarget.checked })} />
          {t('optEnabled')}
        </label>
        <fieldset>
          <legend>{t('optKinds')}</legend>
          {KINDS.map(([key, label]) => (
            <label class="row" key={key}>
              <input
                type="checkbox"
                name={`show-${key}`}
                checked={draft.show[key]}
                onChange={(e) => change({ ...draft, show: { ...draft.show, [key]: e.currentTarget.checked } })}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optPalette')}</legend>
          {PALETTE_IDS.map((id) => (
            <label class="row" key={id}>
              <input type="radio" name="palette" value={id} checked={draft.palette === id} onChange={() => change({ ...draft, palette: id })} />
              {PALETTE_LABELS[id]} <Swatch palette={id} kind="topic" /> <Swatch palette={id} kind="agree" /> <Swatch palette={id} kind="close" /> <Swatch palette={id} kind="conflict" />
            </label>
          ))}
        </fieldset>
        <label for="sites" class="block">
          {t('optSites')}
        </label>
        <p class="help" id="sites-help">
          {t('optSitesHelp')}
        </p>
        <textarea id="sites" name="sites" rows={4} aria-describedby="sites-help" value={sites} onInput={(e) => { setSites(e.currentTarget.value); setSaved(false); }} />
        <p>
          <button type="submit">{t('optSave')}</button>{' '}
          <span role="status">{saved ? t('optSaved') : ''}</span>
        </p>
      </form>
    </main>
  );
}
