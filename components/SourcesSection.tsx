import { useState } from 'preact/hooks';
import type { SetView } from '../extension/source-library';
import type { Translate } from '../lib/i18n/messages';

export interface SourcesState {
  bundled: boolean;
  sets: SetView[];
  progress: { done: number; total: number } | null;
  problems: string[];
  done: boolean;
}

export interface SourcesActions {
  setBundled: (on: boolean) => Promise<void>;
  createSet: (name: string, files: File[]) => Promise<void>;
  addFiles: (setId: string, files: File[]) => Promise<void>;
  addText: (setId: string, title: string, text: string) => Promise<void>;
  importSet: (file: File) => Promise<void>;
  exportSet: (setId: string) => Promise<void>;
  setSetEnabled: (setId: string, on: boolean) => Promise<void>;
  deleteSet: (setId: string) => Promise<void>;
  renameSource: (id: string, title: string) => Promise<void>;
  setSourceEnabled: (id: string, on: boolean) => Promise<void>;
  deleteSource: (id: string) => Promise<void>;
}

interface Props {
  state: SourcesState;
  actions: SourcesActions;
  bundledCount: number;
  t: Translate;
}

const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
const filesOf = (list: FileList | null | undefined) => (list ? [...list] : []);

/** A button that asks once more before it deletes. */
function DeleteButton({ label, confirm, onDelete }: { label: string; confirm: string; onDelete: () => void }) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <button type="button" class="danger" onClick={onDelete} onBlur={() => setAsking(false)}>
      {confirm}
    </button>
  ) : (
    <button type="button" class="secondary" onClick={() => setAsking(true)}>
      {label}
    </button>
  );
}

function SourceRow({ source, actions, t }: { source: SetView['sources'][number]; actions: SourcesActions; t: Translate }) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(source.label);
  const facts = [source.outlet, source.date, t('srcWords', { count: source.words })].filter(Boolean).join(' · ');
  return (
    <li class="source-row" data-source={source.id}>
      <label class="row">
        <input type="checkbox" checked={source.enabled} onChange={(e) => void actions.setSourceEnabled(source.id, e.currentTarget.checked)} aria-label={source.label} />
        {editing ? (
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              setEditing(false);
              void actions.renameSource(source.id, title);
            }}
          >
            <input type="text" value={title} aria-label={t('srcRename')} onInput={(e) => setTitle(e.currentTarget.value)} />
            <button type="submit">{t('srcSave')}</button>
          </form>
        ) : (
          <span class="source-title">{source.label}</span>
        )}
      </label>
      <span class="help">{facts}</span>
      {!editing && (
        <button type="button" class="secondary" onClick={() => setEditing(true)}>
          {t('srcRename')}
        </button>
      )}
      <DeleteButton label={t('srcDelete')} confirm={t('srcConfirmDelete')} onDelete={() => void actions.deleteSource(source.id)} />
    </li>
  );
}

/** Sources listed per set at first: a set of thousands stays quick to open. */
const PAGE = 50;

function SetCard({ set, actions, t }: { set: SetView; actions: SourcesActions; t: Translate }) {
  const [shown, setShown] = useState(PAGE);
  const [over, setOver] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  return (
    <fieldset
      class={`source-set${over ? ' drop' : ''}`}
      data-set={set.id}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void actions.addFiles(set.id, filesOf(e.dataTransfer?.files));
      }}
    >
      <legend>{set.name}</legend>
      <div class="row">
        <label class="row">
          <input type="checkbox" class="set-on" checked={set.enabled} onChange={(e) => void actions.setSetEnabled(set.id, e.currentTarget.checked)} />
          {t('srcSetOn')}
        </label>
        <span class="help">{t('srcCount', { count: set.sources.length })}</span>
        <button type="button" class="secondary export" onClick={() => void actions.exportSet(set.id)}>
          {t('srcExport')}
        </button>
        <DeleteButton label={t('srcDelete')} confirm={t('srcConfirmDelete')} onDelete={() => void actions.deleteSet(set.id)} />
      </div>
      <ul class="sources">
        {set.sources.slice(0, shown).map((s) => (
          <SourceRow key={`${s.id}:${s.label}`} source={s} actions={actions} t={t} />
        ))}
      </ul>
      {set.sources.length > shown && (
        <button type="button" class="secondary more" onClick={() => setShown(shown + PAGE)}>
          {t('srcMore', { count: Math.min(PAGE, set.sources.length - shown), left: set.sources.length - shown })}
        </button>
      )}
      <label class="block">
        {t('srcAddFiles')} <span class="help">{t('srcDrop')}</span>
        <input
          type="file"
          class="add-files"
          multiple
          accept={ACCEPT}
          onChange={(e) => {
            const files = filesOf(e.currentTarget.files);
            e.currentTarget.value = '';
            void actions.addFiles(set.id, files);
          }}
        />
      </label>
      <form
        class="paste"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.addText(set.id, title, text).then(() => {
            setTitle('');
            setText('');
          });
        }}
      >
        <input type="text" name="title" placeholder={t('srcPasteTitle')} aria-label={t('srcPasteTitle')} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <textarea name="text" rows={3} placeholder={t('srcPasteText')} aria-label={t('srcPasteText')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit">{t('srcPasteAdd')}</button>
      </form>
    </fieldset>
  );
}

/** The options page's Sources section: the bundled set's switch and the reader's own sets. */
export function SourcesSection({ state, actions, bundledCount, t }: Props) {
  const [name, setName] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  return (
    <section class="options sources-section" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('srcTitle')}</h2>
      <p class="help">{t('srcHelp')}</p>
      <label class="row">
        <input type="checkbox" name="bundled" checked={state.bundled} onChange={(e) => void actions.setBundled(e.currentTarget.checked)} />
        {t('srcBundled', { count: bundledCount })}
      </label>
      {state.progress && (
        <p class="row" role="status">
          <progress value={state.progress.done} max={state.progress.total} />
          {t('srcBuilding', { done: state.progress.done, total: state.progress.total })}
        </p>
      )}
      {state.problems.length > 0 && (
        <div class="notice" role="alert">
          {t('srcProblems')}
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {state.done && !state.progress && state.problems.length === 0 && (
        <p class="help" role="status">
          {t('srcDone')}
        </p>
      )}
      {state.sets.map((set) => (
        <SetCard key={set.id} set={set} actions={actions} t={t} />
      ))}
      <fieldset class="new-set">
        <legend>{t('srcNewSet')}</legend>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim()) {
              void actions.createSet('', []);
              return;
            }
            void actions.createSet(name, files).then(() => setName(''));
          }}
        >
          <label class="block">
            {t('srcSetName')}
            <input type="text" name="set-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label class="block">
            {t('srcAddFiles')}
            <input type="file" name="set-files" multiple accept={ACCEPT} onChange={(e) => setFiles(filesOf(e.currentTarget.files))} />
          </label>
          <button type="submit">{t('srcCreate')}</button>
        </form>
        <label class="block">
          {t('srcImport')}
          <input
            type="file"
            name="import-set"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void actions.importSet(file);
            }}
          />
        </label>
      </fieldset>
    </section>
  );
}
