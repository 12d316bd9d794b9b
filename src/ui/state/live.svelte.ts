/**
 * How the page's state follows the running app without anyone listing
 * dependencies by hand. The app announces every change with its topics
 * (app-events.ts); a view subscribes to the topics it shows through Svelte's
 * createSubscriber, so whatever reads the view (a template, a $derived, an
 * $effect) re-runs when one of those topics changes, and the listener exists
 * only while something on screen reads it.
 *
 *   const sub = topics(app.events, ['chain', 'nodes']);
 *   readonly tree = live(sub, () => chainViewBlocks(...));   // cached until a topic changes
 *   get chain() { sub(); return app.nodes.selected.chain; }  // a live object: the reader subscribes
 *
 * A view read outside any reactive context (an event handler) is computed
 * fresh, never served from a cache nobody kept up to date.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { AppEvents, ChangeTopic } from '../../app/app-events';

/** Registers the caller as a reader of some part of the app; it re-runs when that part changes. */
export type Subscribe = () => void;

/** True when a change with `changed` topics concerns a view of `wanted` topics ('state': everything was replaced). */
export function concerns(changed: readonly ChangeTopic[], wanted: readonly ChangeTopic[]): boolean {
  return changed.includes('state') || changed.some((t) => wanted.includes(t));
}

/** A subscription to the app's changes of `wanted` topics. */
export function topics(events: AppEvents, wanted: readonly ChangeTopic[]): Subscribe {
  return createSubscriber((update) =>
    events.on('changed', (e) => {
      if (concerns(e.topics, wanted)) update();
    }),
  );
}

/** A subscription to any source that calls back on change (a timer, the mining pool's progress); `start` returns its stop function. */
export function whenever(start: (update: () => void) => () => void): Subscribe {
  return createSubscriber(start);
}

/** Several subscriptions as one. */
export function all(...subs: Subscribe[]): Subscribe {
  return () => {
    for (const s of subs) s();
  };
}

/**
 * A view computed from the app: cached while subscribed readers exist and
 * recomputed when `sub` reports a change; computed fresh when read outside a
 * reactive context. `read` must build a new value (not return a live mutable
 * object, whose identity would not change): see the getter form above for those.
 */
export function live<T>(sub: Subscribe, read: () => T): () => T {
  const cached = $derived.by(() => {
    sub();
    return read();
  });
  return () => ($effect.tracking() ? cached : read());
}
