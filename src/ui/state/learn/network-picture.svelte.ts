/**
 * What the network lessons draw: the nodes and links (NetworkView), one
 * node's block tree (ChainView), and the messages of the last action played
 * back slowly enough to follow (the lesson runs the network to rest at once;
 * the picture replays its messages on a clock of its own).
 */
import { applyMessageEvent, minerNamesOf, networkViewFromSim, tipsOf } from '../../viz/sim-adapter';
import { chainViewBlocks } from '../../viz/adapters';
import type { ChainViewBlock } from '../../viz/chain-layout';
import type { NetworkMessage } from '../../viz/network-messages';
import type { NetworkViewLink, NetworkViewNode } from '../../viz/network-layout';
import type { LessonNetwork } from '../../../learn/lessons/lesson-network';

/** Real milliseconds per virtual millisecond of the replay: 300 ms of latency takes about a second on screen. */
const SLOW = 3;

export class NetworkPicture {
  messages = $state.raw<NetworkMessage[]>([]);
  private start = 0;
  private from = 0;

  /** Replays the messages the last action sent. */
  play(net: LessonNetwork): void {
    let list: NetworkMessage[] = [];
    for (const f of net.flights) list = applyMessageEvent(list, f);
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.messages = reduced ? [] : list;
    this.from = list.reduce((m, x) => Math.min(m, x.sentAt), Infinity);
    this.start = performance.now();
  }

  /** The replay's virtual time (NetworkView polls it every frame while messages fly). */
  readonly clock = (): number => this.from + (performance.now() - this.start) / SLOW;
}

export function networkView(net: LessonNetwork): { nodes: NetworkViewNode[]; links: NetworkViewLink[] } {
  return networkViewFromSim(net.network);
}

export function chainView(net: LessonNetwork, nodeId: string): ChainViewBlock[] {
  return chainViewBlocks(net.network.node(nodeId).chain, { tips: tipsOf(net.network), minerOf: minerNamesOf(net.network) });
}
