/**
 * The Network panel's door into the app (and the node list every panel
 * uses): the nodes, the one every panel follows, the picture with messages in
 * flight, statistics, logs, misbehaving peers, links, partitions; and the node actions.
 */
import type { SubmittedBlock } from '../../app/node-service';
import type { PocketApp } from '../../app/pocket-app';
import type { Block } from '../../core/index';
import { nodeInfo } from '../../api/app-json';
import type { NodeInfo } from '../../api/types';
import type { BlockPropagation, LinkSettings, NetworkStatsSnapshot, NodeLogEntry, ResolveReport } from '../../sim/index';
import { applyMessageEvent, networkViewFromSim } from '../viz/sim-adapter';
import type { NetworkMessage } from '../viz/network-messages';
import { misbehaviorRows, type MisbehaviorRow } from '../network/misbehavior-rows';
import { all, live, topics, whenever } from './live.svelte';

/** Message counts change with every delivery: the statistics refresh once a second rather than per message. */
const STATS_REFRESH_MS = 1000;

export class NetworkState {
  readonly #nodes: () => NodeInfo[];
  readonly #selectedId: () => string;
  readonly #picture: () => ReturnType<typeof networkViewFromSim>;
  readonly #stats: () => NetworkStatsSnapshot;
  readonly #statsSub: () => void;
  readonly #logSub: () => void;
  readonly #linkDefaults: () => LinkSettings;
  readonly #misbehavior: () => MisbehaviorRow[];
  /** Messages in flight and the network's time when the last one moved (replaced, never mutated). */
  traffic = $state.raw<{ readonly messages: readonly NetworkMessage[]; readonly now: number }>({ messages: [], now: 0 });

  constructor(private readonly app: PocketApp) {
    const ev = app.events;
    const nodesSub = topics(ev, ['nodes', 'chain', 'mining']);
    this.#nodes = live(nodesSub, () => app.nodes.network.nodeIds().map((id) => nodeInfo(app, id)));
    this.#selectedId = live(topics(ev, ['settings', 'nodes']), () => app.nodes.selected.id);
    this.#picture = live(nodesSub, () => {
      const { nodes, links } = networkViewFromSim(app.nodes.network);
      return { nodes: nodes.map((n) => ({ ...n, mining: app.mining.isMining(n.id) })), links };
    });
    this.#statsSub = all(
      topics(ev, ['nodes', 'chain']),
      whenever((update) => {
        const timer = setInterval(update, STATS_REFRESH_MS);
        return () => clearInterval(timer);
      }),
    );
    this.#stats = live(this.#statsSub, () => app.nodes.network.stats());
    this.#logSub = all(
      topics(ev, ['nodes']),
      whenever((update) => ev.on('log', update)),
    );
    this.#linkDefaults = live(topics(ev, ['nodes']), () => app.nodes.linkDefaults);
    // Every score change and ban is logged as 'misbehavior': the table follows those lines only.
    const misbehaviorSub = all(
      topics(ev, ['nodes']),
      whenever((update) => ev.on('log', (e) => e.kind === 'misbehavior' && update())),
    );
    this.#misbehavior = live(misbehaviorSub, () =>
      misbehaviorRows(
        app.nodes.network.nodeIds().map((id) => nodeInfo(app, id)),
        app.nodes.network.limits.misbehaviorThreshold,
        app.clock.now(),
      ),
    );
    // The picture animates every message, also those sent while another panel is shown.
    ev.on('message', (e) => {
      this.traffic = { messages: applyMessageEvent(this.traffic.messages, e), now: app.clock.now() };
    });
    ev.on('changed', ({ topics: t }) => {
      if (t.includes('state')) this.traffic = { messages: [], now: app.clock.now() };
    });
  }

  /** Every node as the Nodes table lists it. */
  get nodes(): NodeInfo[] {
    return this.#nodes();
  }

  /** The node every panel follows. */
  get selectedId(): string {
    return this.#selectedId();
  }

  /** The node's label, or its id when it is gone. */
  labelOf(id: string): string {
    return this.nodes.find((n) => n.id === id)?.label ?? id;
  }

  /** Nodes and links for NetworkView; "mining" means mining now (the Mining panel), not merely having a miner. */
  get picture(): ReturnType<typeof networkViewFromSim> {
    return this.#picture();
  }

  /** The network's virtual time now (read on demand by the picture's animation). */
  now(): number {
    return this.app.clock.now();
  }

  /** Propagation, stale blocks and message counts, refreshed at most once a second. */
  get stats(): NetworkStatsSnapshot {
    return this.#stats();
  }

  /** How the last `count` found blocks reached the nodes. */
  propagation(count: number): (BlockPropagation | undefined)[] {
    this.#statsSub();
    const net = this.app.nodes.network;
    return net
      .foundBlocks()
      .slice(-count)
      .map((h) => net.blockPropagation(h));
  }

  /** The log of one node ("" = every node's), oldest line first in each. */
  logsOf(nodeId: string): readonly (readonly NodeLogEntry[])[] {
    this.#logSub();
    const net = this.app.nodes.network;
    if (nodeId !== '' && net.hasNode(nodeId)) return [[...net.node(nodeId).log]];
    return net.nodes().map((n) => [...n.log]);
  }

  /** Peers each node holds misbehaviour points against, with the score, the ban and why. */
  get misbehavior(): MisbehaviorRow[] {
    return this.#misbehavior();
  }

  /** What every link uses: latency, jitter, loss. */
  get linkDefaults(): LinkSettings {
    return this.#linkDefaults();
  }

  /** The partition groups now, or null when the network is whole. */
  get partitionGroups(): string[][] | null {
    const nodes = this.nodes;
    if (!nodes.some((n) => n.partition !== undefined)) return null;
    const groups: string[][] = [];
    for (const n of nodes) if (n.partition !== undefined) (groups[n.partition] ??= []).push(n.id);
    return groups.filter(Boolean);
  }

  // --- actions ---

  select(id: string): void {
    this.app.nodes.select(id);
  }

  /** A new node linked to the selected one (it downloads the chain); returns its id. */
  addNode(label?: string): string {
    return this.app.nodes.add(label).id;
  }

  removeNode(id: string): Promise<void> {
    return this.app.nodes.remove(id);
  }

  registerPeers(nodeId: string, peerIds: readonly string[]): string[] {
    return this.app.nodes.registerPeers(nodeId, peerIds);
  }

  unregisterPeers(nodeId: string, peerIds: readonly string[]): string[] {
    return this.app.nodes.unregisterPeers(nodeId, peerIds);
  }

  resolveConflicts(nodeId: string): ResolveReport {
    return this.app.nodes.resolveConflicts(nodeId);
  }

  partition(groups: readonly (readonly string[])[]): void {
    this.app.nodes.partition(groups);
  }

  heal(): void {
    this.app.nodes.heal();
  }

  setLinks(latencyMs: number, jitterMs: number, loss: number): void {
    this.app.nodes.setLatency(latencyMs, jitterMs, loss);
  }

  /** Forgets a peer's misbehaviour score and ban at a node. */
  liftBan(nodeId: string, peer: string): void {
    this.app.nodes.liftBan(nodeId, peer);
  }

  /** Makes a node send a block to its peers unchecked, as a dishonest node would; returns the peers. */
  relayUnchecked(nodeId: string, block: Block): string[] {
    return this.app.nodes.relayUnchecked(nodeId, block);
  }

  /** Hands a node a block from outside (the explorer's tamper sandbox); the node validates it like any other. */
  submitBlock(nodeId: string, block: Block): SubmittedBlock {
    return this.app.nodes.submitBlock(nodeId, block);
  }
}
