/**
 * The panels a first visit does not show, each loaded (once) when its tab
 * first opens. The Chain panel is the first screen and stays in the page's
 * first chunk; the Learn tab loads its own code (LearnPanel.svelte).
 */
import type { Component } from 'svelte';
import type { AppState } from '../state/app-state.svelte';
import { withAreaText } from '../i18n/area-text';
import { loadOnce } from '../../load-once';

type PanelModule = { default: Component<{ app: AppState }> };

/** import() once per panel, with its area's words: switching tabs back reuses the loaded module. */
const once = (load: () => Promise<PanelModule>) => loadOnce(() => withAreaText(load()));

export const lazyPanels = {
  wallets: once(() => import('./WalletsPanel.svelte')),
  mempool: once(() => import('./MempoolPanel.svelte')),
  mining: once(() => import('./MiningPanel.svelte')),
  network: once(() => import('./NetworkPanel.svelte')),
  lab: once(() => import('./LabPanel.svelte')),
  settings: once(() => import('./SettingsPanel.svelte')),
} as const;
