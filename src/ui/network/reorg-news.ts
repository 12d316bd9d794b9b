/**
 * Reorgs as news for the whole page: whichever tab is open and whichever node
 * is followed, the class hears that nodes switched branch, how deep, and
 * which payments were reversed and what they lost to.
 *
 * After a heal several nodes give up the same branch one after the other:
 * their reports are one story ("Node A and Node B switched branch"), so a
 * report joins the current news when it disconnects a block the news already
 * names; any other reorg starts new news.
 *
 * Pure: built from the app's reorg reports; words take a node's label and an
 * address's name as functions, and speak the page's language (msg).
 */
import type { ReorgReport, ReversedPayment } from '../../app/reorg-service';
import { coinsText, shortTxid } from '../wallets/format';
import { fmt, msg } from '../i18n/index';

export interface ReorgNews {
  /** The seq of the report that started it (a key for the page). */
  readonly key: number;
  readonly nodeIds: readonly string[];
  /** The deepest of the reports. */
  readonly depth: number;
  readonly fork: { readonly hash: string; readonly height: number };
  readonly disconnected: readonly { readonly hash: string; readonly height: number }[];
  /** The longest new branch connected. */
  readonly connected: readonly { readonly hash: string; readonly height: number }[];
  /** Payments of the old branch back in a pool. */
  readonly returned: number;
  readonly reversed: readonly ReversedPayment[];
  /** Virtual time of the latest report (ms). */
  readonly time: number;
}

/** The news after report `r`: the same story grows, another one starts afresh. */
export function addToNews(news: ReorgNews | null, r: ReorgReport): ReorgNews {
  if (!r || !Array.isArray(r.disconnected)) throw new TypeError('r must be a ReorgReport');
  const sameStory = news !== null && r.disconnected.some((b) => news.disconnected.some((d) => d.hash === b.hash));
  if (!sameStory) {
    return {
      key: r.seq,
      nodeIds: [r.nodeId],
      depth: r.depth,
      fork: r.fork,
      disconnected: r.disconnected,
      connected: r.connected,
      returned: r.returned.length,
      reversed: r.reversed.filter((p) => p.block !== null),
      time: r.time,
    };
  }
  const known = new Set(news.reversed.map((p) => p.txid));
  return {
    ...news,
    nodeIds: news.nodeIds.includes(r.nodeId) ? news.nodeIds : [...news.nodeIds, r.nodeId],
    depth: Math.max(news.depth, r.depth),
    fork: r.fork.height < news.fork.height ? r.fork : news.fork,
    disconnected: [...news.disconnected, ...r.disconnected.filter((b) => !news.disconnected.some((d) => d.hash === b.hash))],
    connected: r.connected.length > news.connected.length ? r.connected : news.connected,
    returned: Math.max(news.returned, r.returned.length),
    reversed: [...news.reversed, ...r.reversed.filter((p) => p.block !== null && !known.has(p.txid))],
    time: r.time,
  };
}

/** "Node A and Node B switched branch at block #12: 1 block disconnected (depth 1), 2 connected." */
export function newsHeadline(news: ReorgNews, labelOf: (id: string) => string): string {
  const nodes = fmt.list(news.nodeIds.map(labelOf).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  return msg.reorgHeadline({
    nodes,
    nodeCount: news.nodeIds.length,
    height: String(news.fork.height),
    disconnected: news.disconnected.length,
    connected: news.connected.length,
    depth: fmt.number(news.depth),
  });
}

/** "Payment of 29.7 coins from Bob to Erin (tx 1a2b3c4d…9f0e)" */
export function paymentWords(p: { txid: string; from: string | null; to: string | null; amount: number }, nameOf: (address: string) => string): string {
  return msg.reorgPayment({ amount: coinsText(p.amount), from: p.from ? nameOf(p.from) : null, to: p.to ? nameOf(p.to) : null, tx: shortTxid(p.txid) });
}

/** What the reversed payment lost to: the double spend that won, or the reversed payment it depended on. */
export function lostToWords(p: ReversedPayment, nameOf: (address: string) => string): string {
  if (p.lostTo) {
    const w = p.lostTo;
    const who = w.from && w.to ? `${nameOf(w.from)} → ${nameOf(w.to)}` : null;
    return msg.reorgLostTo({ who, tx: shortTxid(w.txid), height: w.block ? String(w.block.height) : null });
  }
  if (p.parent) return msg.reorgParentReversed({ tx: shortTxid(p.parent) });
  return msg.reorgNoLongerValid;
}

/** The toast's sentence: "Payment … reversed on Node A: lost to Bob → Frank, tx …" */
export function reversedSentence(p: ReversedPayment, node: string, nameOf: (address: string) => string): string {
  return msg.reorgToast({ payment: paymentWords(p, nameOf), what: p.block ? msg.reorgReversed : msg.reorgDropped, node, why: lostToWords(p, nameOf) });
}

/** A line of the reversed payments' list: "Payment … reversed: lost to …" */
export function reversedLine(p: ReversedPayment, nameOf: (address: string) => string): string {
  return msg.reorgReversedLine({ payment: paymentWords(p, nameOf), why: lostToWords(p, nameOf) });
}
