/**
 * Blocks the page's miners found (the Web Worker pool submits them to a node,
 * which the simulation reports as a 'block-found' event with source
 * 'submitted'). The network object is replaced on reset and import (the system
 * then reports a 'state' change), so the watcher re-subscribes to the new one.
 */
import type { BlockFoundEvent } from '../../sim/index';

/** The part of PocketSystem the watcher needs (structural, so tests can pass a fake). */
export interface FoundBlockSource {
  readonly network: { on(type: 'block-found', listener: (e: BlockFoundEvent) => void): () => void };
  readonly events: {
    on(type: 'changed', listener: (e: { readonly topics: readonly string[] }) => void): () => void;
  };
}

/** Calls `onFound` for every accepted block a page miner found; returns the unsubscribe function. */
export function watchFoundBlocks(
  system: FoundBlockSource,
  onFound: (e: BlockFoundEvent) => void,
): () => void {
  if (!system || typeof system.events?.on !== 'function')
    throw new TypeError('system must be a PocketSystem');
  if (typeof onFound !== 'function') throw new TypeError('onFound must be a function');
  const listener = (e: BlockFoundEvent) => {
    if (e.source === 'submitted') onFound(e);
  };
  let network = system.network;
  let offNetwork = network.on('block-found', listener);
  const offChanged = system.events.on('changed', ({ topics }) => {
    if (!topics.includes('state') || system.network === network) return;
    offNetwork();
    network = system.network;
    offNetwork = network.on('block-found', listener);
  });
  return () => {
    offNetwork();
    offChanged();
  };
}
