/**
 * The peer-to-peer messages, after Bitcoin's protocol
 * (https://developer.bitcoin.org/reference/p2p_networking.html), in spirit:
 *
 *   inv         "I have these blocks / transactions" (hashes only)
 *   getdata     "send me these"
 *   block, tx   the object itself
 *   notfound    reply to getdata for something no longer held
 *   getheaders  "here is my chain (a block locator); what follows it on yours?"
 *   headers     up to MAX_HEADERS headers following the locator's fork point
 *
 * Payloads are the core's immutable objects. The network deep-freezes a block or
 * transaction before it first travels and then delivers the same object: no node
 * can change what another node holds, and block and transaction ids cached on
 * the object (core's WeakMaps) are computed once for the whole network. A
 * structured clone is only needed across threads, which the simulation never
 * crosses.
 */
import { blockSize, txSize, type Block, type BlockHeader, type Transaction } from '../core/index';

/** Core's MAX_HEADERS_RESULTS. */
export const MAX_HEADERS = 2000;
/** Core's MAX_BLOCKS_IN_TRANSIT_PER_PEER. */
export const MAX_BLOCKS_IN_FLIGHT_PER_PEER = 16;
/** Core's MAX_BLOCKS_TO_ANNOUNCE: a longer reorg is announced by its tip only. */
export const MAX_BLOCKS_TO_ANNOUNCE = 8;

export interface InvItem {
  readonly kind: 'block' | 'tx';
  readonly hash: string;
}

export type Message =
  | { readonly type: 'inv'; readonly items: readonly InvItem[] }
  | { readonly type: 'getdata'; readonly items: readonly InvItem[] }
  | { readonly type: 'notfound'; readonly items: readonly InvItem[] }
  | { readonly type: 'block'; readonly block: Block }
  | { readonly type: 'tx'; readonly tx: Transaction }
  | { readonly type: 'getheaders'; readonly locator: readonly string[] }
  | { readonly type: 'headers'; readonly headers: readonly BlockHeader[] };

export type MessageType = Message['type'];

/** A message on its way: who, when, and its id for the network view. */
export interface Envelope {
  readonly id: number;
  readonly from: string;
  readonly to: string;
  /** Virtual ms. */
  readonly sentAt: number;
  /** Virtual ms; equals sentAt + latency + jitter, held back to keep each link first-in first-out. */
  readonly deliverAt: number;
  readonly message: Message;
}

/** Approximate wire size in bytes (Bitcoin's 24-byte message header plus payload). */
export function messageBytes(m: Message): number {
  switch (m.type) {
    case 'inv':
    case 'getdata':
    case 'notfound':
      return 24 + 1 + 36 * m.items.length;
    case 'block':
      return 24 + blockSize(m.block);
    case 'tx':
      return 24 + txSize(m.tx);
    case 'getheaders':
      return 24 + 4 + 1 + 32 * m.locator.length + 32;
    case 'headers':
      return 24 + 1 + 81 * m.headers.length;
  }
}

const frozen = new WeakSet<object>();

/** Freezes an object graph (plain objects and arrays) once; later calls are free. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || frozen.has(value) || ArrayBuffer.isView(value)) return value;
  frozen.add(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
