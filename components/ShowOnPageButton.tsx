import type { PopupActions } from './popup-actions';

export function ShowOnPageButton({ actions, sentence, figure }: { actions: PopupActions; sentence: string; figure: string | null }) {
  return (
    <button type="button" class="show-on-page" onClick={() => actions.showOnPage(sentence, figure)}>
      {actions.t('showOnPage')}
    </button>
  );
}
