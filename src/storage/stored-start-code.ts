/**
 * The code that starts from stored state (stored-start.ts), loaded on the
 * visits that have a stored state: asked for as soon as the page knows the
 * database exists (app/first-visit-start.ts, the page's first script), so a
 * reload's start finds it loaded, and otherwise by the first load of the
 * block index that finds something stored (record-store.ts). A first visit
 * never loads it.
 */
import { lazyCode } from './lazy-code';

export type StoredStart = typeof import('./stored-start');

export const storedStartCode = lazyCode<StoredStart>('starting from the stored state', () => import('./stored-start'));
