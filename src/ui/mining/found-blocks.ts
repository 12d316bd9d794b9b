/**
 * Blocks the page's miners found: the Web Worker pool submits them to a node,
 * which the simulation reports as a 'block-found' event with source
 * 'submitted' (the app passes the network's events on, across reloads, resets
 * and imports).
 */
import type { BlockFoundEvent } from '../../sim/index';

/** Where found blocks are reported (the running app's events fit; structural, so tests can pass a fake). */
export interface FoundBlockSource {
  on(type: 'block-found', listener: (e: BlockFoundEvent) => void): () => void;
}

/** Calls `onFound` for every block a page miner found; returns the unsubscribe function. */
export function watchFoundBlocks(events: FoundBlockSource, onFound: (e: BlockFoundEvent) => void): () => void {
  if (!events || typeof events.on !== 'function') throw new TypeError('events must be the app\'s events');
  if (typeof onFound !== 'function') throw new TypeError('onFound must be a function');
  return events.on('block-found', (e) => {
    if (e.source === 'submitted') onFound(e);
  });
}
