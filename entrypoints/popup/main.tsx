import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PopupState } from '../../components/popup-state';
import { PopupView } from '../../components/PopupView';
import { loadPopupState } from './load-popup-state';

const passageHref = (sourceId: string, sentenceId: number) =>
  `${browser.runtime.getURL('/source.html')}?source=${encodeURIComponent(sourceId)}#s${sentenceId}`;

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  useEffect(() => {
    loadPopupState(browser, location.search).then(setState, (err: unknown) =>
      setState({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  }, []);
  return <PopupView state={state} passageHref={passageHref} />;
}

render(<Popup />, document.getElementById('app')!);
