import type { TabReport } from '../lib/messages/protocol';

/** Everything the popup can show, decided in one place (entrypoints/popup/load-popup-state.ts). */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'restricted'; url: string }
  | { kind: 'empty' }
  | { kind: 'off' }
  | { kind: 'report'; report: TabReport }
  | { kind: 'error'; message: string };

/** The site the popup's tab is on and whether the extension runs there. */
export interface SiteState {
  host: string;
  enabled: boolean;
}
