/**
 * The nodes of the running network and how they are connected: which node
 * every panel follows, adding and removing nodes, peers, resolving conflicts,
 * partitions, link latency, handing a node a block from outside (the API's
 * submitBlock, the explorer's tamper sandbox) or making it send one to its peers
 * unchecked, and lifting a misbehaving peer's ban. Owns the running Network, which
 * the lifecycle replaces on a reload, reset or import.
 */
import { said } from './app-sentences';
import type { Block, BlockResult } from '../core/index';
import { injectBlock, type LinkSettings, type Network, type ResolveReport, type SimNode } from '../sim/index';
import { nodeStateFromChain } from '../storage/index';
import type { AppEvents } from './app-events';
import type { BodiesService } from './bodies-service';
import { PocketError, badValue } from './errors';
import type { SettingsService } from './settings-service';
import type { StateWriter } from './state-writer';
import type { WriteGuard } from './write-guard';

const MAX_DELAY_MS = 60_000;

export interface NodeServiceDeps {
  readonly settings: SettingsService;
  readonly guard: WriteGuard;
  readonly writer: StateWriter;
  readonly events: AppEvents;
  /** Stops a node's miner before the node goes (the mining service). */
  readonly stopMiningOn: (nodeId: string) => Promise<void>;
  /** Resolving conflicts and outside blocks may need any stored block body. */
  readonly bodies: BodiesService;
}

/** A block handed to a node, with the node's tip before and after. */
export interface SubmittedBlock extends BlockResult {
  readonly before: { readonly height: number; readonly tip: string };
  readonly after: { readonly height: number; readonly tip: string };
}

export class NodeService {
  private running: Network | null = null;

  constructor(private readonly d: NodeServiceDeps) {}

  /** The running network (for reading; changes go through the methods below). */
  get network(): Network {
    if (!this.running) throw new Error('no network is loaded yet');
    return this.running;
  }

  /** The lifecycle's hand-over of a (new) running network. */
  attach(network: Network): void {
    this.running = network;
  }

  /** The node `id`, or a PocketError naming it. */
  node(id: string): SimNode {
    if (typeof id !== 'string' || !this.network.hasNode(id)) throw new PocketError('unknown-node', `There is no node "${String(id)}".`, 'nodeId');
    return this.network.node(id);
  }

  /** The node every panel follows (the first one if the saved choice is gone). */
  get selected(): SimNode {
    const saved = this.d.settings.current.selectedNode;
    return this.network.node(this.network.hasNode(saved) ? saved : this.network.nodeIds()[0]!);
  }

  select(id: string): void {
    this.node(id);
    this.d.settings.update({ selectedNode: id });
    this.d.events.changed(['nodes', 'chain', 'pool', 'wallets']);
  }

  /** A new node linked to the selected one; it downloads the chain from it (IBD). */
  add(label?: string): SimNode {
    this.d.guard.assertWritable();
    if (label !== undefined && typeof label !== 'string') throw new PocketError('bad-argument', 'label must be a text.', 'label');
    const node = this.network.addNode({ label: label?.trim() || undefined, peers: [this.selected.id] });
    void this.d.writer.saveNode(nodeStateFromChain(node.id, node.chain));
    this.d.events.changed(['nodes']);
    return node;
  }

  /** A node with no peers, saved like any other (the lab's attacker, who keeps its branch to itself). */
  addDetached(o: { id: string; label: string }): SimNode {
    this.d.guard.assertWritable();
    const node = this.network.addNode({ id: o.id, label: o.label });
    void this.d.writer.saveNode(nodeStateFromChain(node.id, node.chain));
    this.d.events.changed(['nodes']);
    return node;
  }

  /** Removes a node no worker mines for (the lab's attacker once its branch is out); its blocks stay with the others. */
  removeDetached(id: string): void {
    this.node(id);
    this.network.removeNode(id);
    void this.d.writer.deleteNode(id);
    this.d.events.changed(['nodes', 'chain', 'pool', 'wallets']);
  }

  async remove(id: string): Promise<void> {
    this.d.guard.assertWritable();
    this.node(id);
    if (this.network.nodeIds().length <= 1) throw badValue('nodeId', said('lastNode'));
    await this.d.stopMiningOn(id);
    this.network.removeNode(id);
    await this.d.writer.deleteNode(id);
    if (this.d.settings.current.selectedNode === id) this.d.settings.update({ selectedNode: this.network.nodeIds()[0]! });
    this.d.events.changed(['nodes', 'chain', 'pool', 'wallets']);
  }

  /** Adds peers to a node; returns its peers now. */
  registerPeers(nodeId: string, peerIds: readonly string[]): string[] {
    this.d.guard.assertWritable();
    this.node(nodeId);
    if (!Array.isArray(peerIds)) throw new PocketError('bad-argument', 'peerIds must be a list of node ids.', 'peerIds');
    for (const p of peerIds) this.node(p);
    if (peerIds.includes(nodeId)) throw badValue('peerIds', said('ownPeer'));
    return this.network.registerPeers(nodeId, peerIds).peers;
  }

  /** Drops peers of a node; returns its peers now. */
  unregisterPeers(nodeId: string, peerIds: readonly string[]): string[] {
    this.d.guard.assertWritable();
    this.node(nodeId);
    if (!Array.isArray(peerIds)) throw new PocketError('bad-argument', 'peerIds must be a list of node ids.', 'peerIds');
    return this.network.unregisterPeers(nodeId, peerIds).peers;
  }

  /** The original resolve_conflicts: the node asks its peers for their chains and adopts the one with most work. */
  resolveConflicts(nodeId: string): ResolveReport {
    this.d.guard.assertWritable();
    this.d.bodies.assertReady();
    return this.network.resolveConflicts(this.node(nodeId).id);
  }

  /** Splits the network: messages between groups are dropped until heal(). */
  partition(groups: readonly (readonly string[])[]): void {
    this.d.guard.assertWritable();
    if (!Array.isArray(groups) || groups.length === 0 || !groups.every((g) => Array.isArray(g))) throw badValue('groups', said('partitionShape'));
    const seen = new Set<string>();
    for (const g of groups)
      for (const id of g) {
        this.node(id);
        if (seen.has(id)) throw badValue('groups', said('partitionNodeTwice', { node: id }));
        seen.add(id);
      }
    try {
      this.network.partition(groups);
    } catch (e) {
      throw new PocketError('bad-argument', (e as Error).message, 'groups');
    }
  }

  heal(): void {
    this.d.guard.assertWritable();
    this.network.heal();
  }

  /** What every link uses unless set apart: latency, jitter, loss. */
  get linkDefaults(): LinkSettings {
    return this.network.links.defaultSettings;
  }

  setLatency(latencyMs: number, jitterMs = this.linkDefaults.jitterMs, loss = this.linkDefaults.loss): void {
    this.d.guard.assertWritable();
    if (typeof latencyMs !== 'number' || !(latencyMs >= 0 && latencyMs <= MAX_DELAY_MS)) throw badValue('latency', said('delayRange', { what: 'latency', max: MAX_DELAY_MS }));
    if (typeof jitterMs !== 'number' || !(jitterMs >= 0 && jitterMs <= MAX_DELAY_MS)) throw badValue('jitter', said('delayRange', { what: 'jitter', max: MAX_DELAY_MS }));
    if (typeof loss !== 'number' || !(loss >= 0 && loss < 1)) throw badValue('loss', said('lossRange'));
    this.network.setLinkDefaults({ latencyMs, jitterMs, loss });
  }

  /**
   * A node sends a block to its peers without checking it, as a dishonest node
   * would (the tamper sandbox's lesson): each peer judges it and, if it breaks a
   * rule, scores and bans the sender. Returns the peers it was sent to.
   */
  relayUnchecked(fromId: string, block: Block): string[] {
    const node = this.node(fromId);
    this.d.guard.assertWritable();
    if (block === null || typeof block !== 'object' || !block.header || !Array.isArray(block.txs)) throw new PocketError('bad-argument', 'block must be a Block.', 'block');
    const peers = node.peerList();
    if (peers.length === 0) throw badValue('nodeId', said('noPeers', { node: node.label }));
    injectBlock(this.network, node.id, block, peers);
    return peers;
  }

  /** Forgets a peer's misbehaviour score (and ban) at a node, as Core's `setban <ip> remove`. */
  liftBan(nodeId: string, peer: string): void {
    const node = this.node(nodeId);
    this.d.guard.assertWritable();
    if (typeof peer !== 'string' || !node.protocol.liftBan(peer)) throw badValue('peer', said('noScore', { node: node.label, peer: String(peer) }));
    this.d.events.changed(['nodes']);
  }

  /** A block from outside (console, tamper sandbox) handed to a node, which validates it like any block. */
  submitBlock(nodeId: string, block: Block): SubmittedBlock {
    const node = this.node(nodeId);
    this.d.guard.assertWritable();
    this.d.bodies.assertReady();
    if (block === null || typeof block !== 'object' || !block.header || !Array.isArray(block.txs)) throw new PocketError('bad-argument', 'block must be a Block.', 'block');
    const before = { height: node.height, tip: node.tip.hash };
    const result = this.network.submitBlock(nodeId, block);
    return { ...result, before, after: { height: node.height, tip: node.tip.hash } };
  }
}
