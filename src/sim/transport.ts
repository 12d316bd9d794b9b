/**
 * Moving messages between nodes: each message is checked (both nodes present,
 * linked, not separated by a partition), given a delay and maybe lost by its
 * link's settings, queued on the virtual clock, checked again on arrival and
 * handed to the receiving node's protocol. Every step is reported as a
 * 'message' event (sent / delivered / dropped) for the network view.
 */
import { hashOfBlock, txid } from '../core/index';
import { deepFreeze, messageBytes, type Envelope, type Message } from './messages';
import type { LinkTable } from './links';
import type { Partition } from './partition';
import type { SeededRng } from './rng';
import type { NetworkStats } from './stats';
import type { SimNode } from './sim-node';
import type { DropReason, MessageEvent, SimEventMap } from './events';
import type { Emitter } from './emitter';

export interface TransportDeps {
  readonly nodes: ReadonlyMap<string, SimNode>;
  readonly links: LinkTable;
  readonly partition: Partition;
  readonly rng: () => SeededRng;
  readonly stats: NetworkStats;
  readonly emitter: Emitter<SimEventMap>;
  now(): number;
  /** Queues the arrival of an envelope. */
  schedule(envelope: Envelope): void;
}

export type DeliveryOutcome =
  | { readonly kind: 'delivered'; readonly time: number; readonly envelope: Envelope }
  | { readonly kind: 'dropped'; readonly time: number; readonly envelope: Envelope; readonly reason: DropReason };

export class Transport {
  private nextId = 1;
  private inFlightCount = 0;

  constructor(private readonly d: TransportDeps) {}

  /** Id the next message will get (saved in the network config). */
  get nextMessageId(): number {
    return this.nextId;
  }

  set nextMessageId(id: number) {
    this.nextId = id;
  }

  /** Messages queued and not yet arrived. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  private blockedReason(from: string, to: string): DropReason | undefined {
    const sender = this.d.nodes.get(from);
    const receiver = this.d.nodes.get(to);
    if (!sender || !receiver) return 'node-removed';
    if (!sender.peers.has(to) || !receiver.peers.has(from)) return 'no-link';
    if (!this.d.partition.canReach(from, to)) return 'partition';
    return undefined;
  }

  send(from: string, to: string, message: Message): void {
    deepFreeze(message);
    const now = this.d.now();
    const id = this.nextId++;
    this.d.stats.messageSent();
    let reason = this.blockedReason(from, to);
    let deliverAt = now;
    let copyAt: number | undefined;
    if (!reason) {
      const transit = this.d.links.transit(from, to, now, this.d.rng());
      if (transit.lost) reason = 'loss';
      else ({ deliverAt, copyAt } = transit);
    }
    const envelope: Envelope = { id, from, to, sentAt: now, deliverAt, message };
    if (reason) {
      this.d.stats.messageDropped(reason);
      this.report('dropped', envelope, reason, true);
      return;
    }
    this.inFlightCount++;
    this.d.schedule(envelope);
    this.report('sent', envelope);
    if (copyAt !== undefined) {
      // A duplicating link: the same message once more, as its own envelope.
      const copy: Envelope = { ...envelope, id: this.nextId++, deliverAt: copyAt };
      this.d.stats.messageSent();
      this.inFlightCount++;
      this.d.schedule(copy);
      this.report('sent', copy);
    }
  }

  /** An envelope's time came: hand it to the receiver, or drop it if the way is closed now. */
  deliver(e: Envelope): DeliveryOutcome {
    this.inFlightCount--;
    const time = this.d.now();
    const reason = this.blockedReason(e.from, e.to);
    if (reason) {
      this.d.stats.messageDropped(reason);
      this.report('dropped', e, reason);
      return { kind: 'dropped', time, envelope: e, reason };
    }
    this.d.stats.messageDelivered();
    this.report('delivered', e);
    this.d.nodes.get(e.to)!.protocol.handle(e.from, e.message);
    return { kind: 'delivered', time, envelope: e };
  }

  private report(phase: MessageEvent['phase'], e: Envelope, reason?: DropReason, atOnce = false): void {
    if (!this.d.emitter.has('message')) return;
    const m = e.message;
    const hashes =
      m.type === 'block' ? [orUnknown(() => hashOfBlock(m.block))]
      : m.type === 'tx' ? [orUnknown(() => txid(m.tx))]
      : m.type === 'inv' || m.type === 'getdata' || m.type === 'notfound' ? m.items.slice(0, 8).map((i) => i.hash)
      : [];
    this.d.emitter.emit('message', {
      phase,
      id: e.id,
      from: e.from,
      to: e.to,
      type: m.type,
      hashes,
      bytes: orZero(() => messageBytes(m)),
      sentAt: e.sentAt,
      ...(atOnce ? {} : { deliverAt: e.deliverAt }),
      time: this.d.now(),
      ...(reason ? { reason } : {}),
    });
  }
}

// A bad peer's block or transaction may not encode at all: the view still shows the message.
function orUnknown(hash: () => string): string {
  try {
    return hash();
  } catch {
    return '?';
  }
}

function orZero(bytes: () => number): number {
  try {
    return bytes();
  } catch {
    return 0;
  }
}
