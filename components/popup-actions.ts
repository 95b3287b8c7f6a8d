import type { Translate } from '../lib/i18n/messages';

/** What the popup's controls do; the popup entrypoint wires them to the browser. */
export interface PopupActions {
  t: Translate;
  passageHref: (sourceId: string, sentenceId: number) => string;
  /** Scrolls the tab to a sentence (and a figure in it) and flashes it. */
  showOnPage: (sentence: string, figure: string | null) => void;
  toggleSite: () => void;
  openSettings: () => void;
  /** Adds the tab's page to the reader's own sources; absent where there is no readable tab. */
  addPage?: () => void;
}
