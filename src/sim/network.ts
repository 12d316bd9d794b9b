/**
 * The simulated network: nodes, the links between them, partitions, the
 * virtual clock and its event queue, simulated mining, and the original
 * systems' API as network operations (register peers, resolve conflicts, get
 * the chain, get pending transactions, mine).
 *
 * Pure and deterministic: no setTimeout, no Date.now, no Math.random. Time only moves
 * when the caller says so — advance(ms) from the app's timer (real time at x1/x10/x100),
 * fastForward (as fast as possible), step / stepMessage / stepBlock (single-step) — and
 * every random choice comes from generators seeded by `seed`. The same seed and the same
 * calls give the same chain, byte for byte.
 *
 * Events run in virtual-time order, ties in scheduling order. Node clocks (block times,
 * time-too-new) read the virtual clock in unix seconds: epochSeconds + floor(ms / 1000).
 */
import {
  Blockchain, blockFromHex, blockToHex, createGenesisBlock, decodeAddress, validateParams,
  type Block, type BlockBodies, type BlockchainOptions, type BlockResult, type ConsensusParams, type Transaction, type TxResult,
} from '../core/index';
import { VirtualClock } from './virtual-clock';
import { Transport } from './transport';
import { EventLoop } from './event-loop';
import { mineOn, submitFoundBlock, type SubmissionContext } from './block-submission';
import type { ChainView, MinedResult, NetworkOptions, ResumeState, SimEvent, StepInfo, StoredChain } from './network-types';
import { Emitter, type Listener } from './emitter';
import { LinkTable, type LinkSettings } from './links';
import { Partition } from './partition';
import { SeededRng } from './rng';
import { MiningProcess } from './mining-process';
import { NetworkStats, type BlockPropagation, type NetworkStatsSnapshot } from './stats';
import { SimNode, type MinerConfig, type TemplateRequest } from './sim-node';
import { Topology, type AddNodeOptions } from './topology';
import { resolveConflicts, type ResolveReport } from './resolve-conflicts';
import { deepFreeze, type Message } from './messages';
import { NETWORK_CONFIG_VERSION, validateNetworkConfig, type NetworkConfig } from './network-config';
import type { BlockRelay, NodeHost, NodeTimer } from './node-host';
import type { SimEventMap } from './events';
import { validateLimits, type NodeLimits } from './limits';

const DEFAULT_EPOCH = 1_700_000_000;

export class Network implements NodeHost {
  private paramsValue: ConsensusParams;
  readonly seed: string;
  readonly genesis: Block;
  readonly epochSeconds: number;
  readonly blockRelay: BlockRelay;
  readonly blockRequestTimeoutMs: number;
  readonly limits: NodeLimits;
  private readonly bodies: BlockBodies | undefined;
  readonly links: LinkTable;
  private readonly clock: VirtualClock<SimEvent, StepInfo>;
  private readonly transport: Transport;
  private readonly nodesById = new Map<string, SimNode>();
  private readonly partitionState = new Partition();
  private readonly emitter = new Emitter<SimEventMap>();
  private readonly linkRng: SeededRng;
  private readonly miningRng: SeededRng;
  private readonly mining: MiningProcess;
  private readonly topology: Topology;
  private readonly loop: EventLoop;
  private readonly statsValue = new NetworkStats();
  private logSeq = 0;

  constructor(o: NetworkOptions, resume?: ResumeState) {
    if (!o || typeof o !== 'object') throw new TypeError('options must be an object');
    this.paramsValue = validateParams(o.params);
    if (typeof o.seed !== 'string') throw new TypeError('seed must be a string');
    this.seed = o.seed;
    const relay = o.blockRelay ?? 'push';
    if (relay !== 'push' && relay !== 'inv') throw new TypeError("blockRelay must be 'push' or 'inv'");
    this.blockRelay = relay;
    const timeout = o.blockRequestTimeoutMs ?? 5000;
    if (!(timeout > 0) || !Number.isFinite(timeout)) throw new RangeError('blockRequestTimeoutMs must be a positive number');
    this.blockRequestTimeoutMs = timeout;
    this.limits = validateLimits(o.limits);
    this.bodies = o.bodies;
    if (o.epochSeconds !== undefined && (!Number.isSafeInteger(o.epochSeconds) || o.epochSeconds < 0)) throw new RangeError('epochSeconds must be a non-negative integer');
    if (o.genesis) {
      this.genesis = o.genesis;
    } else {
      if (typeof o.genesisAddress !== 'string') throw new TypeError('give genesis or genesisAddress');
      decodeAddress(o.genesisAddress, this.params.addressVersion);
      this.genesis = createGenesisBlock(this.params, o.genesisAddress, o.epochSeconds ?? DEFAULT_EPOCH);
    }
    deepFreeze(this.genesis);
    this.epochSeconds = o.epochSeconds ?? this.genesis.header.time;
    this.links = new LinkTable(o.links ?? {});
    // The statistics listen first, so every other listener already sees a block's arrival counted.
    this.emitter.on('chain-delta', (e) => this.statsValue.chainDelta(e));
    this.linkRng = resume?.linkRng ?? SeededRng.fromSeed(o.seed, 'links');
    this.miningRng = resume?.miningRng ?? SeededRng.fromSeed(o.seed, 'mining');
    this.clock = new VirtualClock<SimEvent, StepInfo>((e) => this.loop.run(e));
    this.transport = new Transport({
      nodes: this.nodesById,
      links: this.links,
      partition: this.partitionState,
      rng: () => this.linkRng,
      stats: this.statsValue,
      emitter: this.emitter,
      now: () => this.clock.now,
      schedule: (envelope) => this.clock.schedule(envelope.deliverAt, { kind: 'deliver', envelope }),
    });
    this.mining = new MiningProcess(
      {
        now: () => this.clock.now,
        meanSpacingMs: o.params.targetSpacing * 1000,
        miners: () => [...this.nodesById.values()].filter((n) => n.miner).map((n) => ({ id: n.id, share: n.miner!.hashShare })),
        schedule: (at, generation) => this.clock.schedule(at, { kind: 'discovery', generation }),
      },
      this.miningRng,
    );
    this.topology = new Topology({
      params: () => this.params,
      nodes: this.nodesById,
      links: this.links,
      partition: this.partitionState,
      host: this,
      newChain: () => Blockchain.fromGenesis(this.params, this.genesis, this.chainOptions()),
      minersChanged: () => this.mining.minersChanged(),
      now: () => this.clock.now,
      emit: (type, payload) => this.emit(type, payload),
    });
    this.loop = new EventLoop({
      clock: this.clock,
      transport: this.transport,
      mining: this.mining,
      nodes: this.nodesById,
      submission: () => this.submission,
    });
  }

  /** Simulated discoveries whose proof of work the app's workers find (outside-proof.ts). */
  get outsideProof(): EventLoop['outside'] { return this.loop.outside; }

  /** The consensus params every node validates with. */
  get params(): ConsensusParams {
    return this.paramsValue;
  }

  /**
   * A teacher's change of the rules for future heights (a difficulty or reward
   * override, see core's withOverride), applied to every node at once like a
   * coordinated upgrade. Blocks already validated are not revisited; the
   * simulated block spacing stays the one the network was created with.
   */
  setParams(params: ConsensusParams): void {
    this.paramsValue = validateParams(params);
    for (const node of this.nodesById.values()) node.chain.setParams(this.paramsValue);
  }

  // --- NodeHost --------------------------------------------------------------------

  now(): number {
    return this.clock.now;
  }

  unixTime(): number {
    return this.epochSeconds + Math.floor(this.clock.now / 1000);
  }

  nextLogSeq(): number {
    return this.logSeq++;
  }

  canReach(a: string, b: string): boolean {
    const x = this.nodesById.get(a);
    return !!x && this.nodesById.has(b) && x.peers.has(b) && this.partitionState.canReach(a, b);
  }

  emit<K extends keyof SimEventMap>(type: K, payload: SimEventMap[K]): void {
    this.emitter.emit(type, payload);
  }

  setTimer(nodeId: string, delayMs: number, timer: NodeTimer): void {
    this.clock.schedule(this.clock.now + delayMs, { kind: 'timer', nodeId, timer });
  }

  send(from: string, to: string, message: Message): void {
    this.transport.send(from, to, message);
  }

  // --- events -----------------------------------------------------------------------

  on<K extends keyof SimEventMap>(type: K, listener: Listener<SimEventMap[K]>): () => void {
    return this.emitter.on(type, listener);
  }

  // --- nodes and peers --------------------------------------------------------------------

  node(id: string): SimNode {
    return this.topology.node(id);
  }

  hasNode(id: string): boolean {
    return this.nodesById.has(id);
  }

  nodes(): SimNode[] {
    return [...this.nodesById.values()];
  }

  nodeIds(): string[] {
    return [...this.nodesById.keys()];
  }

  /** Options of every node's chain; a new node's chain is fromGenesis with them. */
  private chainOptions(): BlockchainOptions {
    return { now: () => this.unixTime(), maxOrphanBlocks: this.limits.maxOrphanBlocks, mempoolMaxBytes: this.limits.mempoolMaxBytes ?? undefined, bodies: this.bodies };
  }

  /**
   * Adds a node starting from genesis. With peers it connects at once and,
   * if the network is already ahead, downloads the chain (initial block
   * download: getheaders -> headers -> getdata -> blocks, all validated).
   */
  addNode(o: AddNodeOptions = {}): SimNode {
    return this.topology.addNode(o);
  }

  /** Removes a node: its links close, messages to and from it are dropped on arrival. */
  removeNode(id: string): void {
    this.topology.removeNode(id);
  }

  /**
   * The original POST /nodes/register: connects `nodeId` to one or many peers
   * (two-way links). Each new connection starts with getheaders both ways.
   */
  registerPeers(nodeId: string, peerIds: string | readonly string[]): { nodeId: string; peers: string[]; added: string[] } {
    return this.topology.registerPeers(nodeId, peerIds);
  }

  /** Closes links between `nodeId` and the given peers. */
  unregisterPeers(nodeId: string, peerIds: string | readonly string[]): { nodeId: string; peers: string[] } {
    return this.topology.unregisterPeers(nodeId, peerIds);
  }

  /** Sets, changes or (null) removes a node's miner. */
  setMiner(nodeId: string, miner: MinerConfig | null): void {
    this.topology.setMiner(nodeId, miner);
  }

  setLinkDefaults(settings: Partial<LinkSettings>): LinkSettings {
    return this.topology.setLinkDefaults(settings);
  }

  /** Overrides latency / jitter / loss of the link a-b (both directions); the rest stay as they were. */
  setLink(a: string, b: string, settings: Partial<LinkSettings>): LinkSettings {
    return this.topology.setLink(a, b, settings);
  }

  /** The link a-b follows the defaults again. */
  resetLink(a: string, b: string): LinkSettings {
    return this.topology.resetLink(a, b);
  }

  /** Splits the network; see partition.ts for the semantics (cross-group messages are dropped). */
  partition(groups: readonly (readonly string[])[]): void {
    this.topology.partition(groups);
  }

  /** Ends the partition: every cut link reconnects (getheaders both ways), so the branches meet. */
  heal(): void {
    this.topology.heal();
  }

  partitionGroups(): string[][] | null {
    return this.partitionState.groups();
  }

  /** Reconnects every link (getheaders both ways): e.g. after a restore, to resynchronise. */
  reconnectAll(): void {
    this.topology.reconnectAll();
  }

  // --- the original API ---------------------------------------------------------------

  /** The original GET /chain. */
  getChain(nodeId: string): ChainView {
    const n = this.node(nodeId);
    const blocks = n.chain.activeEntries().map((e) => n.chain.getBlock(e.hash)!);
    return { nodeId, length: blocks.length, height: n.height, tip: n.tip.hash, chainWork: n.tip.chainWork.toString(), blocks };
  }

  /** The original POST /transactions/new: validates at the node and relays if accepted. */
  submitTransaction(nodeId: string, tx: Transaction): TxResult {
    if (!tx || typeof tx !== 'object') throw new TypeError('tx must be a transaction object');
    deepFreeze(tx);
    return this.node(nodeId).acceptTransaction(tx, { cause: 'submit' });
  }

  /** The original GET /mine: builds a template, finds its proof of work, processes and gossips. */
  mine(nodeId: string, o: TemplateRequest = {}): MinedResult {
    return mineOn(this.submission, this.node(nodeId), 'mine', o);
  }

  /** A block found by an external miner (the Web Worker pool) for `nodeId`: processed and gossiped. */
  submitBlock(nodeId: string, block: Block): BlockResult {
    return submitFoundBlock(this.submission, this.node(nodeId), block);
  }

  private get submission(): SubmissionContext {
    return { stats: this.statsValue, now: () => this.clock.now, nodeIds: () => this.nodeIds(), emit: (t, p) => this.emit(t, p) };
  }

  /** The original GET /nodes/resolve: adopt the valid chain with the most work among reachable peers. */
  resolveConflicts(nodeId: string): ResolveReport {
    const node = this.node(nodeId);
    const peers = node.peerList().map((id) => ({ id, node: this.nodesById.get(id), reachable: this.canReach(nodeId, id) }));
    return resolveConflicts(node, peers);
  }

  // --- time ------------------------------------------------------------------------------

  get autoMining(): boolean {
    return this.mining.enabled;
  }

  /** Switches simulated (Poisson) mining on or off. */
  setAutoMining(on: boolean): void {
    if (typeof on !== 'boolean') throw new TypeError('on must be a boolean');
    this.mining.setEnabled(on);
    if (!on) this.outsideProof.cancel();
  }

  /** Virtual time of the next simulated block discovery, or null. */
  get nextBlockAt(): number | null {
    return this.mining.nextAt;
  }

  /**
   * Moves the clock forward by `ms`, running every event due (real-time mode
   * calls this from a timer). With `more`, stops early once it says no (the
   * clock then stands at the last event run; see VirtualClock.advance).
   */
  advance(ms: number, maxEvents?: number, more?: () => boolean): number {
    return this.loop.advance(ms, maxEvents, more);
  }

  /** Runs events until one message was delivered or dropped (single-step "next message"); null if none is in flight. */
  stepMessage(maxEvents?: number): StepInfo | null {
    return this.loop.stepMessage(maxEvents);
  }

  /** Runs events until the next simulated block is found (single-step "next block"); null if none will be. */
  stepBlock(maxEvents?: number): StepInfo | null {
    return this.loop.stepBlock(maxEvents);
  }

  /**
   * Runs events until no message is in flight and no block request is waiting
   * (simulated discoveries due before then happen as usual). The clock stops at
   * the last event run.
   */
  runUntilIdle(maxEvents?: number): number {
    return this.loop.runUntilIdle(maxEvents);
  }

  /**
   * Fast-forward as fast as possible: until `blocks` more blocks were found by
   * simulated mining (needs setAutoMining(true)) and/or `durationMs` of virtual
   * time passed.
   */
  fastForward(o: { blocks?: number; durationMs?: number; maxEvents?: number }): { events: number; blocks: number; time: number } {
    return this.loop.fastForward(o);
  }

  // --- statistics -----------------------------------------------------------------------

  stats(): NetworkStatsSnapshot {
    return this.statsValue.snapshot(this.clock.now, this.nodes());
  }

  /** How long a block took to reach 50% / 100% of the nodes present when it was found. */
  blockPropagation(hash: string): BlockPropagation | undefined {
    return this.statsValue.propagation(hash, new Set(this.nodesById.keys()));
  }

  /** Hashes of the blocks found (mined, simulated or submitted) since the statistics started. */
  foundBlocks(): readonly string[] {
    return this.statsValue.foundBlocks();
  }

  // --- persistence ---------------------------------------------------------------------

  /** Plain JSON describing everything but the chains (see network-config.ts). */
  config(): NetworkConfig {
    return {
      version: NETWORK_CONFIG_VERSION,
      seed: this.seed,
      rng: { links: [...this.linkRng.state()] as unknown as NetworkConfig['rng']['links'], mining: [...this.miningRng.state()] as unknown as NetworkConfig['rng']['mining'] },
      clockMs: this.clock.now,
      epochSeconds: this.epochSeconds,
      genesisHex: blockToHex(this.genesis),
      blockRelay: this.blockRelay,
      blockRequestTimeoutMs: this.blockRequestTimeoutMs,
      limits: { ...this.limits },
      autoMine: this.mining.enabled,
      nextBlockAt: this.mining.nextAt,
      nextMessageId: this.transport.nextMessageId,
      nodes: this.nodes().map((n) => ({ id: n.id, label: n.label, peers: n.peerList(), miner: n.miner ? { ...n.miner } : null })),
      links: { defaults: { ...this.links.defaultSettings }, overrides: this.links.overrideList().map((o) => ({ a: o.a, b: o.b, settings: { ...o.settings } })) },
      partition: this.partitionState.groups(),
    };
  }

  /**
   * Rebuilds a network from its config and each node's chain (from storage): a
   * ChainSnapshot, or a function that makes the chain with the options the
   * network gives its nodes (Blockchain.fromIndex over shared `bodies`). A node
   * without one starts again from genesis. Nothing is in flight afterwards;
   * call reconnectAll() to make the nodes resynchronise.
   */
  static restore(params: ConsensusParams, config: NetworkConfig, snapshots: ReadonlyMap<string, StoredChain>, bodies?: BlockBodies): Network {
    const c = validateNetworkConfig(config);
    if (!(snapshots instanceof Map)) throw new TypeError('snapshots must be a Map from node id to ChainSnapshot');
    const net = new Network(
      {
        params,
        seed: c.seed,
        genesis: blockFromHex(c.genesisHex),
        epochSeconds: c.epochSeconds,
        links: c.links.defaults,
        blockRelay: c.blockRelay,
        blockRequestTimeoutMs: c.blockRequestTimeoutMs,
        limits: c.limits,
        bodies,
      },
      { linkRng: SeededRng.fromState(c.rng.links), miningRng: SeededRng.fromState(c.rng.mining) },
    );
    net.clock.set(c.clockMs);
    net.transport.nextMessageId = c.nextMessageId;
    for (const o of c.links.overrides) net.links.set(o.a, o.b, o.settings);
    for (const n of c.nodes) {
      const snap = snapshots.get(n.id);
      const chain = typeof snap === 'function' ? snap(net.chainOptions()) : snap ? Blockchain.restore(params, snap, net.chainOptions()) : Blockchain.fromGenesis(params, net.genesis, net.chainOptions());
      net.nodesById.set(n.id, new SimNode(net, { id: n.id, label: n.label, chain, miner: net.topology.checkMiner(n.miner, `nodes(${n.id}).miner`) }));
    }
    for (const n of c.nodes) {
      for (const p of n.peers) {
        net.node(n.id).peers.add(p);
        net.node(p).peers.add(n.id);
      }
    }
    if (c.partition) net.partitionState.set(c.partition, new Set(net.nodesById.keys()));
    net.mining.resume(c.autoMine, c.nextBlockAt);
    return net;
  }
}
