/**
 * The shape of the network: which nodes exist, who is linked to whom, link
 * settings, miners and partitions. Connecting two nodes (registerPeers, or a
 * link coming back when a partition heals) is a new connection: both ends send
 * getheaders and announce their pools, so they synchronise by the protocol.
 */
import { decodeAddress, type Blockchain, type ConsensusParams } from '../core/index';
import { SimNode, type MinerConfig } from './sim-node';
import type { LinkSettings, LinkTable } from './links';
import type { Partition } from './partition';
import type { NodeHost } from './node-host';
import type { SimEventMap } from './events';

export interface AddNodeOptions {
  /** Default: the first free "node-N". Letters, digits, '.', '_' and '-', at most 40. */
  readonly id?: string;
  readonly label?: string;
  /** Peers to connect to at once (two-way links). */
  readonly peers?: readonly string[];
  readonly miner?: MinerConfig | null;
}

export interface TopologyDeps {
  /** The network's current params (a teacher may change them at run time). */
  readonly params: () => ConsensusParams;
  readonly nodes: Map<string, SimNode>;
  readonly links: LinkTable;
  readonly partition: Partition;
  /** The host handed to new nodes (the Network). */
  readonly host: NodeHost;
  newChain(): Blockchain;
  minersChanged(): void;
  now(): number;
  emit<K extends keyof SimEventMap>(type: K, payload: SimEventMap[K]): void;
}

const NODE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export class Topology {
  constructor(private readonly d: TopologyDeps) {}

  node(id: string): SimNode {
    const n = this.d.nodes.get(id);
    if (!n) throw new RangeError(`unknown node ${JSON.stringify(id)}`);
    return n;
  }

  checkMiner(miner: MinerConfig | null | undefined, name: string): MinerConfig | undefined {
    if (miner === null || miner === undefined) return undefined;
    if (typeof miner !== 'object') throw new TypeError(`${name} must be { address, hashShare } or null`);
    decodeAddress(miner.address, this.d.params().addressVersion);
    if (typeof miner.hashShare !== 'number' || !(miner.hashShare > 0) || !Number.isFinite(miner.hashShare)) {
      throw new RangeError(`${name}.hashShare must be a positive number, got ${String(miner.hashShare)}`);
    }
    return Object.freeze({ address: miner.address, hashShare: miner.hashShare });
  }

  /**
   * Adds a node starting from genesis. With peers it connects at once and,
   * if the network is already ahead, downloads the chain (initial block
   * download: getheaders -> headers -> getdata -> blocks, all validated).
   */
  addNode(o: AddNodeOptions = {}): SimNode {
    let id = o.id;
    if (id === undefined) {
      let n = this.d.nodes.size + 1;
      while (this.d.nodes.has(`node-${n}`)) n++;
      id = `node-${n}`;
    }
    if (typeof id !== 'string' || !NODE_ID.test(id)) throw new TypeError(`id must be 1-40 letters, digits, '.', '_' or '-', got ${JSON.stringify(id)}`);
    if (this.d.nodes.has(id)) throw new RangeError(`node ${id} already exists`);
    if (o.label !== undefined && typeof o.label !== 'string') throw new TypeError('label must be a string');
    const miner = this.checkMiner(o.miner, 'miner');
    const peers = o.peers ?? [];
    this.checkPeerIds(id, peers, false);
    const node = new SimNode(this.d.host, { id, label: o.label, chain: this.d.newChain(), miner });
    const ahead = [...this.d.nodes.values()].some((n) => n.height > 0);
    this.d.nodes.set(id, node);
    this.d.emit('topology', { time: this.d.now(), change: 'node-added', nodeId: id });
    if (peers.length > 0) {
      if (ahead) node.protocol.startIbd();
      this.registerPeers(id, peers);
    }
    if (miner) this.d.minersChanged();
    return node;
  }

  /** Removes a node: its links close, messages to and from it are dropped on arrival. */
  removeNode(id: string): void {
    const node = this.node(id);
    for (const p of node.peerList()) this.unlink(id, p);
    this.d.nodes.delete(id);
    this.d.links.forgetNode(id);
    this.d.partition.forgetNode(id);
    if (node.miner) this.d.minersChanged();
    this.d.emit('topology', { time: this.d.now(), change: 'node-removed', nodeId: id });
  }

  private checkPeerIds(nodeId: string, peerIds: readonly string[], mustExistSelf = true): void {
    if (!Array.isArray(peerIds)) throw new TypeError('peerIds must be a node id or an array of node ids');
    if (mustExistSelf) this.node(nodeId);
    for (const p of peerIds) {
      if (typeof p !== 'string') throw new TypeError('peerIds must be strings');
      if (p === nodeId) throw new RangeError(`node ${nodeId} cannot be its own peer`);
      if (!this.d.nodes.has(p)) throw new RangeError(`unknown peer ${JSON.stringify(p)}`);
    }
  }

  /**
   * The original POST /nodes/register: connects `nodeId` to one or many peers
   * (two-way links). Each new connection starts with getheaders both ways.
   */
  registerPeers(nodeId: string, peerIds: string | readonly string[]): { nodeId: string; peers: string[]; added: string[] } {
    const list = typeof peerIds === 'string' ? [peerIds] : peerIds;
    this.checkPeerIds(nodeId, list);
    const node = this.node(nodeId);
    const added: string[] = [];
    for (const p of list) {
      if (node.peers.has(p) || added.includes(p)) continue;
      node.peers.add(p);
      this.node(p).peers.add(nodeId);
      added.push(p);
    }
    for (const p of added) {
      node.addLog('info', 'peer', `connected to ${p}`, { peer: p });
      this.node(p).addLog('info', 'peer', `connected to ${nodeId}`, { peer: nodeId });
      node.protocol.onConnect(p);
      this.node(p).protocol.onConnect(nodeId);
    }
    if (added.length > 0) this.d.emit('topology', { time: this.d.now(), change: 'peers', nodeId });
    return { nodeId, peers: node.peerList(), added };
  }

  /** Closes links between `nodeId` and the given peers. */
  unregisterPeers(nodeId: string, peerIds: string | readonly string[]): { nodeId: string; peers: string[] } {
    const list = typeof peerIds === 'string' ? [peerIds] : peerIds;
    this.checkPeerIds(nodeId, list);
    for (const p of list) this.unlink(nodeId, p);
    this.d.emit('topology', { time: this.d.now(), change: 'peers', nodeId });
    return { nodeId, peers: this.node(nodeId).peerList() };
  }

  private unlink(a: string, b: string): void {
    const x = this.d.nodes.get(a);
    const y = this.d.nodes.get(b);
    if (!x?.peers.has(b)) return;
    x.peers.delete(b);
    y?.peers.delete(a);
    x.protocol.onDisconnect(b);
    y?.protocol.onDisconnect(a);
    x.addLog('info', 'peer', `disconnected from ${b}`, { peer: b });
    y?.addLog('info', 'peer', `disconnected from ${a}`, { peer: a });
  }

  /** Sets, changes or (null) removes a node's miner. */
  setMiner(nodeId: string, miner: MinerConfig | null): void {
    const node = this.node(nodeId);
    node.miner = this.checkMiner(miner, 'miner');
    this.d.minersChanged();
    this.d.emit('topology', { time: this.d.now(), change: 'miner', nodeId });
  }

  // --- links and partitions --------------------------------------------------------------

  setLinkDefaults(settings: Partial<LinkSettings>): LinkSettings {
    this.d.links.setDefaults(settings);
    this.d.emit('topology', { time: this.d.now(), change: 'links' });
    return this.d.links.defaultSettings;
  }

  setLink(a: string, b: string, settings: Partial<LinkSettings>): LinkSettings {
    this.node(a);
    this.node(b);
    const s = this.d.links.set(a, b, settings);
    this.d.emit('topology', { time: this.d.now(), change: 'links' });
    return s;
  }

  resetLink(a: string, b: string): LinkSettings {
    this.node(a);
    this.node(b);
    this.d.links.reset(a, b);
    this.d.emit('topology', { time: this.d.now(), change: 'links' });
    return this.d.links.get(a, b);
  }

  /** Splits the network; see partition.ts for the semantics (cross-group messages are dropped). */
  partition(groups: readonly (readonly string[])[]): void {
    this.d.partition.set(groups, new Set(this.d.nodes.keys()));
    for (const n of this.d.nodes.values()) {
      const cut = n.peerList().filter((p) => !this.d.partition.canReach(n.id, p));
      if (cut.length > 0) n.addLog('warn', 'peer', `partition: cut off from ${cut.join(', ')}`);
    }
    this.d.emit('topology', { time: this.d.now(), change: 'partition' });
  }

  /** Ends the partition: every cut link reconnects (getheaders both ways), so the branches meet. */
  heal(): void {
    if (!this.d.partition.active) return;
    const cut: [string, string][] = [];
    for (const n of this.d.nodes.values()) {
      for (const p of n.peerList()) if (n.id < p && !this.d.partition.canReach(n.id, p)) cut.push([n.id, p]);
    }
    this.d.partition.clear();
    for (const [a, b] of cut) {
      const x = this.node(a);
      const y = this.node(b);
      x.addLog('info', 'peer', `reconnected to ${b}`, { peer: b });
      y.addLog('info', 'peer', `reconnected to ${a}`, { peer: a });
      x.protocol.onConnect(b);
      y.protocol.onConnect(a);
    }
    this.d.emit('topology', { time: this.d.now(), change: 'heal' });
  }

  partitionGroups(): string[][] | null {
    return this.d.partition.groups();
  }

  /** Reconnects every link (getheaders both ways): e.g. after a restore, to resynchronise. */
  reconnectAll(): void {
    for (const n of this.d.nodes.values()) {
      for (const p of n.peerList()) if (this.d.partition.canReach(n.id, p)) n.protocol.onConnect(p);
    }
  }
}
