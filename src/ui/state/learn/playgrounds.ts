/**
 * Each lesson's playground state, loaded when the lesson opens (a separate
 * chunk per lesson), so the page's first load carries none of them.
 */
import type { LessonId } from '../../../learn/index';
import type { PlaygroundFactory } from './playground';

export const PLAYGROUNDS: Record<LessonId, () => Promise<PlaygroundFactory>> = {
  hashes: () => import('./hashes-playground.svelte').then((m) => m.factory),
  block: () => import('./ledger-playground.svelte').then((m) => m.blockFactory),
  chain: () => import('./ledger-playground.svelte').then((m) => m.chainFactory),
  copies: () => import('./copies-playground.svelte').then((m) => m.factory),
  keys: () => import('./keys-playground.svelte').then((m) => m.factory),
  coins: () => import('./coins-playground.svelte').then((m) => m.factory),
  merkle: () => import('./merkle-playground.svelte').then((m) => m.factory),
  difficulty: () => import('./difficulty-playground.svelte').then((m) => m.factory),
  forks: () => import('./forks-playground.svelte').then((m) => m.factory),
  attacks: () => import('./attacks-playground.svelte').then((m) => m.factory),
  bitcoin: () => import('./bitcoin-playground.svelte').then((m) => m.factory),
};
