/**
 * Messages in flight on the network picture: a message sent at `sentAt` and
 * delivered at `deliverAt` (the link's latency later) is drawn at the matching
 * fraction of the way between its two nodes. Times are in the simulation's
 * clock, whatever its unit, as long as `now` uses the same one.
 */
import { isList } from './checks';
import type { NetworkLayout } from './network-layout';

export interface NetworkMessage {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** "block", "tx", "inv", "headers", ... (drawn with a shape per kind and named in text). */
  readonly kind: string;
  /** Short text, e.g. "block #12" or "tx 3f2a…". */
  readonly label?: string;
  readonly sentAt: number;
  readonly deliverAt: number;
}

export interface MessageDot {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly x: number;
  readonly y: number;
  /** 0 at the sender, 1 at the receiver. */
  readonly progress: number;
}

/** Messages beside each other on one link are offset by this much, one side per direction. */
const LANE_OFFSET = 5;

/**
 * Messages with sentAt <= now < deliverAt between two laid-out nodes, with their positions.
 * `still` (prefers-reduced-motion) draws each half-way along its link, whatever its progress.
 */
export function messagesInFlight(layout: NetworkLayout, messages: readonly NetworkMessage[], now: number, o: { still?: boolean } = {}): MessageDot[] {
  if (!isList(messages)) throw new TypeError('messages must be an array of NetworkMessage');
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite number, got ${now}`);
  const dots: MessageDot[] = [];
  messages.forEach((m, i) => {
    if (!Number.isFinite(m.sentAt) || !Number.isFinite(m.deliverAt)) throw new RangeError(`messages[${i}] needs finite sentAt and deliverAt`);
    if (m.deliverAt <= m.sentAt || now < m.sentAt || now >= m.deliverAt) return;
    const a = layout.byId.get(m.from);
    const b = layout.byId.get(m.to);
    if (!a || !b) return;
    const progress = (now - m.sentAt) / (m.deliverAt - m.sentAt);
    const drawnAt = o.still ? 0.5 : progress;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    // The normal to the left of the travel direction: A->B and B->A traffic use opposite sides.
    const nx = -dy / len;
    const ny = dx / len;
    dots.push({
      id: m.id,
      kind: m.kind,
      label: m.label ?? m.kind,
      from: m.from,
      to: m.to,
      x: a.x + dx * drawnAt + nx * LANE_OFFSET,
      y: a.y + dy * drawnAt + ny * LANE_OFFSET,
      progress,
    });
  });
  return dots;
}
