/**
 * The Chain panel's and the explorer's door into the app: the chain of the
 * node every panel follows (its block tree, tips of other nodes it has not
 * received, charts, its last reorg) and the consensus rules it follows, with
 * a teacher's actions on them (difficulty, reward).
 */
import type { PocketApp } from '../../app/pocket-app';
import type { Blockchain, ConsensusParams } from '../../core/index';
import { foreignTips, type ForeignTip } from '../network/foreign-tips';
import { followReorgs, type ReorgMemory } from '../network/reorg-memory';
import { chainViewBlocks, chartsInputFromChain } from '../viz/adapters';
import { minerNamesOf, tipsOf } from '../viz/sim-adapter';
import { networkViewBlocks } from '../viz/network-tree';
import type { ChainViewBlock } from '../viz/chain-layout';
import type { ChartsInput } from '../viz/charts-data';
import type { ReorgDiff } from '../viz/reorg-transition';
import { live, topics, type Subscribe } from './live.svelte';
import type { NetworkState } from './network-state.svelte';

export interface ChainTree {
  readonly id: string;
  readonly name: string;
  readonly blocks: ChainViewBlock[];
}

export class ChainState {
  /** Any node's chain or pool, the node followed, or the nodes (tips, miners) changed. */
  readonly #sub: Subscribe;
  readonly #params: () => ConsensusParams;
  readonly #tree: () => ChainTree;
  readonly #networkTree: () => ChainTree;
  readonly #foreign: () => ForeignTip[];
  readonly #reorgs: ReorgMemory;

  constructor(
    private readonly app: PocketApp,
    network: NetworkState,
  ) {
    this.#sub = topics(app.events, ['chain', 'pool', 'settings', 'nodes']);
    this.#params = live(topics(app.events, ['settings', 'nodes']), () => app.rules.params);
    this.#tree = live(this.#sub, () => {
      const net = app.nodes.network;
      const node = app.nodes.selected;
      return { id: node.id, name: node.label, blocks: chainViewBlocks(node.chain, { tips: tipsOf(net), minerOf: minerNamesOf(net) }) };
    });
    this.#networkTree = live(this.#sub, () => {
      const net = app.nodes.network;
      return { id: 'network', name: 'every node', blocks: networkViewBlocks(net.nodes().map((n) => ({ name: n.label, chain: n.chain })), minerNamesOf(net)) };
    });
    this.#foreign = live(this.#sub, () => {
      const chain = app.nodes.selected.chain;
      return foreignTips((h) => chain.tree.has(h), network.nodes, network.selectedId);
    });
    // Remembered for the whole session: a reorg while another panel is open is shown when the Chain panel opens.
    this.#reorgs = followReorgs({
      events: app.events,
      chainOf: (id) => (app.nodes.network.hasNode(id) ? app.nodes.network.node(id).chain : undefined),
    });
  }

  /** The consensus parameters of the running chain (with a teacher's overrides). */
  get params(): ConsensusParams {
    return this.#params();
  }

  /**
   * The selected node's chain, live: whoever reads it re-runs when any chain
   * changes (pure functions of core and ui take it from here).
   */
  get selected(): Blockchain {
    this.#sub();
    return this.app.nodes.selected.chain;
  }

  /** The selected node's block tree for ChainView (tips of every node marked, miners named). */
  get tree(): ChainTree {
    return this.#tree();
  }

  /** Every block any node knows, every node's tip marked: both sides of a partition at once. */
  get networkTree(): ChainTree {
    return this.#networkTree();
  }

  /** Other nodes on a tip the selected node has not received: the far side of a fork its tree cannot show. */
  get foreignTips(): ForeignTip[] {
    return this.#foreign();
  }

  /** What the selected node's charts (block interval, difficulty, hash rate per miner, stale rate) are computed from. */
  charts(): ChartsInput {
    this.#sub();
    return chartsInputFromChain(this.app.nodes.selected.chain, { minerOf: minerNamesOf(this.app.nodes.network) });
  }

  /** The node's last reorg if nobody has seen it yet; it counts as seen from now on. */
  takeUnseenReorg(nodeId: string): ReorgDiff | null {
    return this.#reorgs.take(nodeId);
  }

  /** A view on screen showed the node's reorg itself. */
  markReorgSeen(nodeId: string): void {
    this.#reorgs.markSeen(nodeId);
  }

  // --- a teacher's rules ---

  /** Difficulty bits from the next block of the selected node on, for every node. */
  setDifficulty(bits: number): { height: number; bits: number } {
    return this.app.rules.setDifficulty(bits);
  }

  /** Block reward (base units) from the next block of the selected node on. */
  setReward(units: number): { height: number; reward: number } {
    return this.app.rules.setReward(units);
  }
}
