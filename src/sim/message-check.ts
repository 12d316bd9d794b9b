/**
 * The shape of a message as it arrives from a peer, checked before any handler
 * reads it (a real node's deserializer does this for free): a hostile peer can
 * put anything on the wire. Block and transaction payloads are only checked to
 * be objects here; core's validation decodes them and names what is wrong.
 */
import type { Message } from './messages';

const HASH = /^[0-9a-f]{64}$/;

function hashList(items: unknown, kinds: boolean): string | undefined {
  if (!Array.isArray(items)) return 'items is not a list';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as { kind?: unknown; hash?: unknown } | null;
    if (kinds) {
      if (item === null || typeof item !== 'object') return `item ${i} is not an object`;
      if (item.kind !== 'block' && item.kind !== 'tx') return `item ${i} has kind ${String(item.kind)}`;
      if (typeof item.hash !== 'string' || !HASH.test(item.hash)) return `item ${i} has no 64-hex hash`;
    } else if (typeof item !== 'string' || !HASH.test(item)) {
      return `entry ${i} is not a 64-hex hash`;
    }
  }
  return undefined;
}

/** What is wrong with the message's shape, or undefined when a handler can read it. */
export function messageProblem(m: unknown): string | undefined {
  if (m === null || typeof m !== 'object') return 'not an object';
  const msg = m as Record<string, unknown>;
  switch (msg.type as Message['type']) {
    case 'inv':
    case 'getdata':
    case 'notfound':
      return hashList(msg.items, true);
    case 'block':
      return msg.block !== null && typeof msg.block === 'object' ? undefined : 'block is not an object';
    case 'tx':
      return msg.tx !== null && typeof msg.tx === 'object' ? undefined : 'tx is not an object';
    case 'getheaders':
      return hashList(msg.locator, false);
    case 'headers':
      if (!Array.isArray(msg.headers)) return 'headers is not a list';
      return msg.headers.every((h) => h !== null && typeof h === 'object') ? undefined : 'a header is not an object';
    default:
      return `unknown type ${String(msg.type).slice(0, 20)}`;
  }
}
