/**
 * What the running network tells the rest of the app. Every chain delta of
 * every node goes to storage (one atomic write per batch, state-writer.ts) and
 * to the page; topology changes save the network config; tips, found blocks,
 * messages and log lines are passed on as app events, which outlive the
 * network (a reload, reset or import replaces it and feeds the new one).
 */
import type { Network } from '../sim/index';
import type { AppEvents } from './app-events';
import type { StateWriter } from './state-writer';
import type { WriteGuard } from './write-guard';

/** Subscribes to `network`; returns the function that stops the feed. */
export function feedNetwork(network: Network, to: { guard: WriteGuard; writer: StateWriter; events: AppEvents }): () => void {
  const { guard, writer, events } = to;
  const subscriptions = [
    network.on('chain-delta', (e) => {
      // A tab that may not write shows the change but saves nothing.
      if (guard.writable) writer.delta(e.nodeId, e.delta);
      events.emit('chain-delta', e);
      events.changed(['chain', 'pool', 'wallets'], e.nodeId);
    }),
    network.on('topology', (e) => {
      if (guard.writable) writer.configChanged();
      events.changed(['nodes'], e.nodeId);
    }),
    network.on('tip-changed', (e) => {
      events.emit('tip', e);
      events.changed(['nodes'], e.nodeId);
    }),
    network.on('block-found', (e) => events.emit('block-found', e)),
    network.on('message', (e) => events.emit('message', e)),
    network.on('log', (e) => events.emit('log', e)),
  ];
  return () => {
    for (const off of subscriptions) off();
  };
}
