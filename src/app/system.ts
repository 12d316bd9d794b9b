/**
 * The running Pocket Chain: the simulated network of nodes, the wallets, the
 * settings, mining in the worker pool, and storage, wired together. The page's
 * rune state and window.pocket both sit on top of this class.
 *
 * Lifecycle: open() loads the stored state (or builds and saves the seeded demo
 * on a first visit), restores every node with its UTXO check, and then writes
 * every change back through a StateWriter. A tab that may not write (another
 * tab is the writer, or stored data is damaged and waits for the user's
 * decision) shows the state but refuses every change with a clear message.
 */
import {
  balanceOf,
  decodeAddress,
  withOverride,
  type Balance,
  type ConsensusParams,
  type Payment,
  type Transaction,
  type Wallet,
} from '../core/index';
import { Emitter } from '../sim/emitter';
import {
  Network,
  SimController,
  type MessageEvent,
  type NodeLogEntry,
  type ResolveReport,
  type SimNode,
  type TipChangedEvent,
} from '../sim/index';
import {
  exportToJson,
  nodeStateFromChain,
  validateImport as validateImportInProcess,
  applyImport,
  type ChainStore,
  type ImportResult as StorageImportResult,
  type JsonObject,
  type JsonValue,
  type PersistedState,
  type StorageProblem,
} from '../storage/index';
import type { MiningPool } from '../workers/index';
import { checkNewChainParams } from './chain-presets';
import { inProcessTasks } from './tasks';
import { MiningService } from './mining-service';
import { StateWriter } from './state-writer';
import { DEFAULT_SEED, readSettings, SPEEDS, type Settings } from './settings';
import { PocketError, toPocketError } from './errors';
import { newWallet, preparePayment, renameWallet } from './wallet-book';
import { restoreNetwork } from './restore-network';
import { checkTeacherBits, checkTeacherReward } from './teacher-rules';
import { SimulatedMining, type FastForwardOptions, type FastForwardResult, type SimulatedBlock } from './simulated-mining';

export type ChangeTopic = 'nodes' | 'chain' | 'pool' | 'wallets' | 'mining' | 'settings' | 'storage' | 'state';

export interface SystemEventMap {
  /** Something the UI shows changed; `nodeId` when it concerns one node. */
  changed: { readonly topics: readonly ChangeTopic[]; readonly nodeId?: string };
  message: MessageEvent;
  log: NodeLogEntry;
  tip: TipChangedEvent;
  /** A sentence for the user (a toast). */
  notice: { readonly level: 'info' | 'warn' | 'error'; readonly text: string };
}

export interface SystemOptions {
  readonly store: ChainStore;
  readonly pool: MiningPool;
  /** Builds the demo state for a seed, with the given consensus params or the default ones (the page runs it in a worker). */
  readonly buildState?: (seed: string, params?: ConsensusParams) => Promise<PersistedState>;
  /** Validates an import file completely (the page runs it in a worker). */
  readonly validateImport?: (text: string) => Promise<StorageImportResult>;
  /** False while another tab is the writer. */
  readonly canWrite?: () => boolean;
}

/** Why this tab refuses changes, or null when it may write. */
export type ReadOnlyReason = 'other-tab' | 'damaged' | null;

export class PocketSystem {
  readonly events = new Emitter<SystemEventMap>();
  readonly mining: MiningService;
  private readonly simulated: SimulatedMining;
  private readonly writer: StateWriter;
  private net!: Network;
  private ctl!: SimController;
  private paramsValue!: ConsensusParams;
  private walletList: Wallet[] = [];
  private settingsValue: Settings = readSettings({});
  private problemList: StorageProblem[] = [];
  private damaged = false;
  private unsubscribe: (() => void)[] = [];

  private constructor(private readonly o: SystemOptions) {
    this.writer = new StateWriter(o.store, (e) => this.notice('error', `Saving failed: ${(e as Error).message}`));
    this.mining = new MiningService(o.pool, () => this.changed(['mining', 'nodes']));
    this.simulated = new SimulatedMining({
      network: () => this.net,
      selectedNodeId: () => this.selectedNode.id,
      assertWritable: () => this.assertWritable(),
      writable: () => this.readOnlyReason === null,
      configChanged: () => this.writer.configChanged(),
      changed: () => this.changed(['mining', 'nodes']),
      notice: (level, text) => this.notice(level, text),
    });
  }

  /** Loads the stored state (or builds, saves and loads the demo on a first visit). */
  static async open(o: SystemOptions): Promise<PocketSystem> {
    const system = new PocketSystem(o);
    await system.load();
    return system;
  }

  // --- state ------------------------------------------------------------------------

  get network(): Network {
    return this.net;
  }

  get controller(): SimController {
    return this.ctl;
  }

  get params(): ConsensusParams {
    return this.paramsValue;
  }

  get wallets(): readonly Wallet[] {
    return this.walletList;
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  /** Damage found in stored data at load (the data is kept; see rebuildNode / reset). */
  get problems(): readonly StorageProblem[] {
    return this.problemList;
  }

  get readOnlyReason(): ReadOnlyReason {
    if (this.damaged) return 'damaged';
    if (this.o.canWrite && !this.o.canWrite()) return 'other-tab';
    return null;
  }

  get selectedNode(): SimNode {
    const id = this.net.hasNode(this.settingsValue.selectedNode) ? this.settingsValue.selectedNode : this.net.nodeIds()[0]!;
    return this.net.node(id);
  }

  wallet(address: string): Wallet {
    const w = this.walletList.find((x) => x.address === address);
    if (!w) throw new PocketError('unknown-wallet', `No wallet with the address ${address} is kept here.`, 'from');
    return w;
  }

  node(id: string): SimNode {
    if (typeof id !== 'string' || !this.net.hasNode(id)) throw new PocketError('unknown-node', `There is no node "${String(id)}".`, 'nodeId');
    return this.net.node(id);
  }

  private changed(topics: ChangeTopic[], nodeId?: string): void {
    this.events.emit('changed', { topics, nodeId });
  }

  notice(level: 'info' | 'warn' | 'error', text: string): void {
    this.events.emit('notice', { level, text });
  }

  private assertWritable(): void {
    const reason = this.readOnlyReason;
    if (reason === 'other-tab') throw new PocketError('read-only', 'Pocket Chain is open in another tab, which is the one that can make changes. Close it (or use it) to make changes here.');
    if (reason === 'damaged') throw new PocketError('read-only', 'Stored data is damaged: choose "Rebuild" or "Reset" first (nothing is changed until you do).');
  }

  // --- loading ------------------------------------------------------------------------

  /** (Re)loads everything from storage: at start, after an import, or when another tab changed the state. */
  async load(): Promise<void> {
    const { state, problems } = await this.o.store.load();
    this.problemList = [...problems];
    this.damaged = problems.length > 0;
    if (state && state.nodes.length > 0) {
      await this.adopt(state);
    } else if (!state && problems.length === 0) {
      // First visit: the seeded demo, saved at once.
      const built = await this.buildState(DEFAULT_SEED);
      await this.o.store.reset(built);
      await this.adopt(built);
    } else {
      // Nothing usable is stored (the data is kept for the user to decide): show a demo in memory meanwhile.
      this.damaged = true;
      await this.adopt(await this.buildState(DEFAULT_SEED));
    }
    this.changed(['state', 'nodes', 'chain', 'pool', 'wallets', 'mining', 'settings', 'storage']);
  }

  private buildState(seed: string, params?: ConsensusParams): Promise<PersistedState> {
    return this.o.buildState ? this.o.buildState(seed, params) : inProcessTasks.buildDemoState(seed, params);
  }

  private async adopt(state: PersistedState): Promise<void> {
    let restored: ReturnType<typeof restoreNetwork>;
    try {
      restored = restoreNetwork(state);
    } catch (e) {
      // The stored config does not parse: show a demo in memory, keep the records for the user to decide.
      this.problemList.push({ code: 'record-unparseable', store: 'config', key: 'network', message: `The stored network configuration does not parse: ${(e as Error).message}.` });
      state = await this.buildState(DEFAULT_SEED);
      restored = restoreNetwork(state);
      this.damaged = true;
    }
    const { network, problems } = restored;
    if (problems.length > 0) {
      this.problemList.push(...problems);
      this.damaged = true;
    }
    await this.mining.stop();
    this.paramsValue = state.params;
    this.walletList = [...state.wallets];
    this.settingsValue = readSettings(state.settings);
    this.attach(network);
    // Nothing was in flight when the state was saved: let the nodes catch up with each other.
    network.reconnectAll();
    this.simulated.stopIfTooHard();
  }

  private attach(network: Network): void {
    for (const off of this.unsubscribe) off();
    this.net = network;
    this.ctl = new SimController(network);
    this.ctl.setSpeed(this.settingsValue.speed);
    // A new controller starts paused: follow the saved setting either way (else the clock never runs until Pause/Play is pressed).
    if (this.settingsValue.paused) this.ctl.pause();
    else this.ctl.play();
    this.writer.setConfigSource(() => ({ network: this.net.config() as unknown as JsonValue, settings: this.settingsValue as unknown as JsonObject }));
    this.unsubscribe = [
      network.on('chain-delta', (e) => {
        if (this.readOnlyReason === null) this.writer.delta(e.nodeId, e.delta);
        this.changed(['chain', 'pool', 'wallets'], e.nodeId);
      }),
      network.on('topology', (e) => {
        if (this.readOnlyReason === null) this.writer.configChanged();
        this.changed(['nodes'], e.nodeId);
      }),
      network.on('tip-changed', (e) => {
        this.events.emit('tip', e);
        this.changed(['nodes'], e.nodeId);
      }),
      network.on('message', (e) => this.events.emit('message', e)),
      network.on('log', (e) => this.events.emit('log', e)),
    ];
    void this.mining.attach(network);
  }

  /** Writes everything queued (tests, and before an export or a reload). */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  // --- the clock ------------------------------------------------------------------------

  /** Advances the simulation by `realMs` of wall time at the current speed (the page calls this from a timer). */
  tick(realMs: number): void {
    if (this.readOnlyReason !== null || this.simulated.fastForwarding) return;
    this.simulated.stopIfTooHard();
    this.ctl.tick(realMs);
  }

  setSpeed(speed: number): void {
    if (!SPEEDS.includes(speed as (typeof SPEEDS)[number])) throw new PocketError('bad-argument', `Speed must be one of ${SPEEDS.join(', ')}.`, 'speed');
    this.ctl.setSpeed(speed);
    this.updateSettings({ speed });
  }

  setPaused(paused: boolean): void {
    if (paused) this.ctl.pause();
    else this.ctl.play();
    this.updateSettings({ paused });
  }

  /** Delivers the next message now (single step); returns false when nothing is in flight. */
  stepMessage(): boolean {
    this.assertWritable();
    return this.ctl.stepMessage() !== null;
  }

  // --- simulated mining (simulated-mining.ts): real proof of work on the main thread, so easy targets only ---

  /** Whether simulated miners can run: an easy target (e.g. a Simulation chain) and some node with a miner; else why not. */
  canSimulateMining(): { ok: boolean; reason?: string } {
    return this.simulated.check();
  }

  /** Simulated miners on/off: while the clock runs, each miner finds blocks as a Poisson process by its hash share. Saved. */
  setSimulatedMining(on: boolean): void {
    this.simulated.setEnabled(on);
  }

  /** Runs events up to and including the next simulated block ("Next block"); null if none was found. */
  stepBlock(): SimulatedBlock | null {
    return this.simulated.step();
  }

  /** `blocks` (1..1000) simulated blocks as fast as the page allows, in slices that keep it responsive. */
  fastForward(blocks: number, options?: FastForwardOptions): Promise<FastForwardResult> {
    return this.simulated.fastForward(blocks, options);
  }

  get isFastForwarding(): boolean {
    return this.simulated.fastForwarding;
  }

  updateSettings(patch: Partial<Settings>): void {
    this.settingsValue = readSettings({ ...this.settingsValue, ...patch });
    if (this.readOnlyReason === null) this.writer.configChanged();
    this.changed(['settings']);
  }

  selectNode(id: string): void {
    this.node(id);
    this.updateSettings({ selectedNode: id });
    this.changed(['nodes', 'chain', 'pool', 'wallets']);
  }

  // --- wallets ------------------------------------------------------------------------

  createWallet(o: { label?: string; seed?: string } = {}): Wallet {
    this.assertWritable();
    const wallet = newWallet(this.walletList, o, this.paramsValue.addressVersion);
    this.setWallets([...this.walletList, wallet]);
    return wallet;
  }

  renameWallet(address: string, label: string): void {
    this.assertWritable();
    this.setWallets(renameWallet(this.walletList, address, label));
  }

  private setWallets(wallets: Wallet[]): void {
    this.walletList = wallets;
    void this.writer.saveWallets(wallets);
    this.changed(['wallets']);
  }

  balance(address: string, nodeId = this.selectedNode.id): Balance {
    return balanceOf(this.node(nodeId).chain, address);
  }

  /** The payment `send` would make (coins chosen, change), without sending it. */
  preparePayment(from: string, to: string, amount: number, fee = 0): Payment {
    return preparePayment(this.selectedNode.chain, this.wallet(from), to, amount, fee, this.paramsValue.addressVersion);
  }

  /** Builds, signs and submits a payment to the selected node, which relays it. */
  send(from: string, to: string, amount: number, fee = 0): Payment & { txid: string } {
    this.assertWritable();
    const payment = this.preparePayment(from, to, amount, fee);
    const r = this.net.submitTransaction(this.selectedNode.id, payment.tx);
    if (!r.accepted) throw new PocketError(r.code ?? 'bad-encoding', r.message ?? 'The node refused the transaction.');
    return { ...payment, txid: r.txid };
  }

  /** Submits a transaction built elsewhere (console, tests) to a node. */
  submitTransaction(nodeId: string, tx: Transaction): string {
    this.assertWritable();
    const r = this.net.submitTransaction(this.node(nodeId).id, tx);
    if (!r.accepted) throw new PocketError(r.code ?? 'bad-encoding', r.message ?? 'The node refused the transaction.');
    return r.txid;
  }

  // --- nodes ------------------------------------------------------------------------

  /** A new node linked to the selected one; it downloads the chain from it (IBD). */
  addNode(label?: string): SimNode {
    this.assertWritable();
    const node = this.net.addNode({ label: label?.trim() || undefined, peers: [this.selectedNode.id] });
    void this.writer.saveNode(nodeStateFromChain(node.id, node.chain));
    this.changed(['nodes']);
    return node;
  }

  async removeNode(id: string): Promise<void> {
    this.assertWritable();
    this.node(id);
    if (this.net.nodeIds().length <= 1) throw new PocketError('bad-argument', 'The last node cannot be removed.', 'nodeId');
    await this.mining.stopNode(id);
    this.net.removeNode(id);
    await this.writer.deleteNode(id);
    if (this.settingsValue.selectedNode === id) this.updateSettings({ selectedNode: this.net.nodeIds()[0]! });
    this.changed(['nodes', 'chain', 'pool', 'wallets']);
  }

  registerPeers(nodeId: string, peerIds: readonly string[]): string[] {
    this.assertWritable();
    this.node(nodeId);
    if (!Array.isArray(peerIds)) throw new PocketError('bad-argument', 'peerIds must be a list of node ids.', 'peerIds');
    for (const p of peerIds) this.node(p);
    if (peerIds.includes(nodeId)) throw new PocketError('bad-argument', 'A node cannot be its own peer.', 'peerIds');
    return this.net.registerPeers(nodeId, peerIds).peers;
  }

  unregisterPeers(nodeId: string, peerIds: readonly string[]): string[] {
    this.assertWritable();
    this.node(nodeId);
    return this.net.unregisterPeers(nodeId, peerIds).peers;
  }

  resolveConflicts(nodeId: string): ResolveReport {
    this.assertWritable();
    return this.net.resolveConflicts(this.node(nodeId).id);
  }

  partition(groups: readonly (readonly string[])[]): void {
    this.assertWritable();
    for (const g of groups) for (const id of g) this.node(id);
    try {
      this.net.partition(groups);
    } catch (e) {
      throw new PocketError('bad-argument', (e as Error).message, 'groups');
    }
  }

  heal(): void {
    this.assertWritable();
    this.net.heal();
  }

  setLatency(latencyMs: number, jitterMs = this.net.links.defaultSettings.jitterMs, loss = this.net.links.defaultSettings.loss): void {
    this.assertWritable();
    if (!(latencyMs >= 0 && latencyMs <= 60_000)) throw new PocketError('bad-argument', 'Latency must be from 0 to 60,000 ms.', 'latency');
    if (!(jitterMs >= 0 && jitterMs <= 60_000)) throw new PocketError('bad-argument', 'Jitter must be from 0 to 60,000 ms.', 'jitter');
    if (!(loss >= 0 && loss < 1)) throw new PocketError('bad-argument', 'Loss must be at least 0 and below 1.', 'loss');
    this.net.setLinkDefaults({ latencyMs, jitterMs, loss });
  }

  // --- mining ------------------------------------------------------------------------

  async mineBlock(nodeId: string, minerAddress: string, maxTxs?: number) {
    this.assertWritable();
    this.node(nodeId);
    try {
      decodeAddress(minerAddress, this.paramsValue.addressVersion);
    } catch (e) {
      throw toPocketError(e, 'address');
    }
    if (maxTxs !== undefined && !(Number.isInteger(maxTxs) && maxTxs >= 0)) {
      throw new PocketError('bad-argument', 'The number of transactions must be a whole number, 0 or more.', 'maxTxs');
    }
    return this.mining.mineOnce(nodeId, minerAddress, maxTxs);
  }

  startMining(nodeId: string, address: string): void {
    this.assertWritable();
    this.node(nodeId);
    try {
      decodeAddress(address, this.paramsValue.addressVersion);
    } catch (e) {
      throw toPocketError(e, 'address');
    }
    this.mining.start(nodeId, address, this.net.node(nodeId).miner?.hashShare ?? 1);
  }

  /**
   * Gives a node a miner (the address its coinbase pays and its share of the hash
   * power, used by startNetworkMining), or removes it (null). Mining in progress is
   * not changed.
   */
  setMiner(nodeId: string, miner: { address: string; hashShare: number } | null): void {
    this.assertWritable();
    this.node(nodeId);
    if (miner !== null) {
      if (typeof miner !== 'object') throw new PocketError('bad-argument', 'miner must be { address, hashShare } or null.', 'miner');
      try {
        decodeAddress(miner.address, this.paramsValue.addressVersion);
      } catch (e) {
        throw toPocketError(e, 'address');
      }
      if (typeof miner.hashShare !== 'number' || !Number.isFinite(miner.hashShare) || miner.hashShare <= 0 || miner.hashShare > 100) {
        throw new PocketError('bad-argument', 'The hash share must be a number above 0 and at most 100.', 'hashShare');
      }
    }
    this.net.setMiner(nodeId, miner === null ? null : { address: miner.address, hashShare: miner.hashShare });
  }

  /** Every node with a miner mines, sharing the workers by its hash-power share. */
  startNetworkMining(): number {
    this.assertWritable();
    let n = 0;
    for (const node of this.net.nodes()) {
      if (!node.miner) continue;
      this.mining.start(node.id, node.miner.address, node.miner.hashShare);
      n++;
    }
    if (n === 0) throw new PocketError('bad-argument', 'No node has a miner: give a node a reward address and a share first.');
    return n;
  }

  stopMining(): Promise<void> {
    return this.mining.stop();
  }

  async setWorkers(n: number): Promise<void> {
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new PocketError('bad-argument', 'Workers must be a whole number from 1 to 64.', 'workers');
    await this.o.pool.setWorkerCount(n);
    this.updateSettings({ workers: n });
  }

  /** A teacher's difficulty from the next block of the selected node on, for every node. */
  setDifficulty(bits: number): { height: number; bits: number } {
    this.assertWritable();
    checkTeacherBits(bits, this.paramsValue);
    const height = this.selectedNode.height + 1;
    this.applyParams(withOverride(this.paramsValue, { height, bits }));
    return { height, bits };
  }

  /** A teacher's block reward (base units) from the next block of the selected node on. */
  setReward(units: number): { height: number; reward: number } {
    this.assertWritable();
    checkTeacherReward(units);
    const height = this.selectedNode.height + 1;
    this.applyParams(withOverride(this.paramsValue, { height, reward: units }));
    return { height, reward: units };
  }

  private applyParams(params: ConsensusParams): void {
    this.paramsValue = params;
    this.net.setParams(params);
    void this.writer.saveParams(params);
    // Miners must pick up the new bits or reward.
    for (const m of this.mining.miners()) this.mining.start(m.nodeId, m.address, m.share);
    this.simulated.stopIfTooHard();
    this.changed(['nodes', 'mining', 'settings']);
  }

  // --- whole state ------------------------------------------------------------------------

  /** The live state as storage and exports see it. */
  persistedState(): PersistedState {
    return {
      params: this.paramsValue,
      nodes: this.net.nodes().map((n) => nodeStateFromChain(n.id, n.chain)),
      wallets: this.walletList,
      network: this.net.config() as unknown as JsonValue,
      settings: this.settingsValue as unknown as JsonObject,
    };
  }

  exportState(includeWallets = false): string {
    return exportToJson(this.persistedState(), { includeWallets });
  }

  /** Validates the file completely, then replaces everything; a bad file changes nothing. */
  async importState(text: string): Promise<{ nodes: number; blocks: number; wallets: number }> {
    this.assertWritable();
    if (typeof text !== 'string' || text.length === 0) throw new PocketError('import-invalid', 'The file is empty.');
    const result = this.o.validateImport ? await this.o.validateImport(text) : validateImportInProcess(text);
    if (!result.ok) {
      const where = result.problem.path ? ` (at ${result.problem.path})` : '';
      throw new PocketError('import-invalid', `${result.problem.message}${where}`);
    }
    await this.mining.stop();
    await this.writer.flush();
    await applyImport(this.o.store, result);
    await this.load();
    this.notice('info', `Imported ${result.summary.nodes} nodes and ${result.summary.blocks} blocks.`);
    return { nodes: result.summary.nodes, blocks: result.summary.blocks, wallets: this.walletList.length };
  }

  /**
   * The original reset_system: wipe and rebuild the seeded demo (the same seed and
   * params give the same chain). `params` starts a new chain with other consensus
   * parameters (checked first: a bad or unminable set changes nothing); without
   * them the current chain's parameters are kept, minus the teacher's overrides.
   */
  async reset(seed = DEFAULT_SEED, params?: ConsensusParams): Promise<void> {
    if (this.readOnlyReason === 'other-tab') this.assertWritable();
    if (typeof seed !== 'string' || seed.trim() === '') throw new PocketError('bad-argument', 'The seed must be a non-empty text.', 'seed');
    if (params !== undefined) checkNewChainParams(params);
    // A plain copy: the params may come from a UI's reactive state, which cannot be posted to the worker.
    const base = params ? Object.freeze({ ...params, overrides: [] }) : this.currentBaseParams();
    await this.mining.stop();
    await this.writer.flush();
    const state = await this.buildState(seed.trim(), base);
    const keep = { theme: this.settingsValue.theme, tourDone: this.settingsValue.tourDone, workers: this.settingsValue.workers };
    await this.o.store.reset({ ...state, settings: { ...(state.settings as object), ...keep } as unknown as JsonObject });
    await this.load();
  }

  /** The running chain's params without the teacher's overrides, if a new chain can be built with them (else the default). */
  private currentBaseParams(): ConsensusParams | undefined {
    if (!this.paramsValue) return undefined;
    const base = Object.freeze({ ...this.paramsValue, overrides: [] });
    try {
      return checkNewChainParams(base);
    } catch {
      return undefined;
    }
  }

  /** Replays a damaged node from its stored blocks (storage quarantines what it cannot use), then reloads. */
  async rebuildNode(nodeId: string): Promise<void> {
    if (this.readOnlyReason === 'other-tab') this.assertWritable();
    const report = await this.o.store.rebuildNode(nodeId);
    await this.load();
    this.notice('info', `Node ${nodeId} was rebuilt from ${report.blocksReplayed} stored blocks (height ${report.height}).`);
  }
}

