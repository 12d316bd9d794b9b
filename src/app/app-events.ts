/**
 * What the running app tells the page (and anyone else listening): which
 * parts of its state changed, sentences for the user, and the network's own
 * events passed on. The network object is replaced on a reload, reset or
 * import; these events outlive it, so listeners subscribe once.
 */
import { Emitter, type Listener } from '../sim/emitter';
import type { ReorgReport } from './reorg-service';
import { inEnglish, type AppSentence } from './app-sentences';
import type { BlockFoundEvent, ChainDeltaEvent, MessageEvent, NodeLogEntry, TipChangedEvent } from '../sim/index';

/** The parts of the state a change can concern; a view re-reads when one of its topics changes. */
export type ChangeTopic = 'nodes' | 'chain' | 'pool' | 'wallets' | 'mining' | 'settings' | 'storage' | 'lab' | 'state';

export const CHANGE_TOPICS: readonly ChangeTopic[] = ['nodes', 'chain', 'pool', 'wallets', 'mining', 'settings', 'storage', 'lab', 'state'];

export type NoticeLevel = 'info' | 'warn' | 'error';

export interface AppEventMap {
  /** Something the page shows changed; `nodeId` when it concerns one node. 'state' means everything was replaced. */
  changed: { readonly topics: readonly ChangeTopic[]; readonly nodeId?: string };
  /** A sentence for the user (a toast): in English (`text`, for the API) and as a key with values (`said`, for the page's language). */
  notice: { readonly level: NoticeLevel; readonly text: string; readonly said: AppSentence };
  /** From the running network: */
  message: MessageEvent;
  log: NodeLogEntry;
  tip: TipChangedEvent;
  'chain-delta': ChainDeltaEvent;
  'block-found': BlockFoundEvent;
  /** A node switched branch: blocks, depth, payments returned and reversed (reorg-service.ts). */
  reorg: ReorgReport;
}

/** Notices kept for the page while nobody listens yet (said during start, before it mounts). */
const MAX_HELD_NOTICES = 5;

export class AppEvents extends Emitter<AppEventMap> {
  private held: AppEventMap['notice'][] = [];

  /** Subscribes; the first 'notice' listener also hears the notices said before anyone listened. */
  override on<K extends keyof AppEventMap>(type: K, listener: Listener<AppEventMap[K]>): () => void {
    const off = super.on(type, listener);
    if (type === 'notice') for (const n of this.held.splice(0)) (listener as Listener<AppEventMap['notice']>)(n);
    return off;
  }

  changed(topics: readonly ChangeTopic[], nodeId?: string): void {
    this.emit('changed', { topics, ...(nodeId !== undefined ? { nodeId } : {}) });
  }

  notice(level: NoticeLevel, said: AppSentence): void {
    const n = { level, text: inEnglish(said), said };
    if (!this.has('notice')) {
      if (this.held.length < MAX_HELD_NOTICES) this.held.push(n);
      return;
    }
    this.emit('notice', n);
  }
}
