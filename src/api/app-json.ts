/**
 * The running app's state in the API's JSON shapes: a node, the mining
 * figures, a wallet with its balance. The API returns these, and the page's
 * views show the same objects.
 */
import type { Wallet } from '../core/index';
import type { PocketApp } from '../app/pocket-app';
import type { MiningEngineInfo, MiningStats, NodeInfo, WalletInfo } from './types';

export function nodeInfo(app: PocketApp, id: string): NodeInfo {
  const network = app.nodes.network;
  const node = network.node(id);
  const partition = network.partitionGroups()?.findIndex((g) => g.includes(id));
  return {
    id: node.id,
    label: node.label,
    height: node.height,
    tip: node.tip.hash,
    peers: node.peerList(),
    mempool: node.chain.mempool.size,
    hashShare: node.miner?.hashShare ?? 0,
    mining: app.mining.isMining(node.id),
    ...(partition !== undefined && partition >= 0 ? { partition } : {}),
    misbehavior: node.protocol.misbehavior().map((m) => ({ peer: m.peer, score: m.score, bannedUntil: m.bannedUntil, reasons: [...m.reasons] })),
  };
}

export function miningStats(app: PocketApp): MiningStats {
  const s = app.mining.stats;
  return {
    mining: app.mining.mining,
    engine: s.engine,
    engineDevice: s.device,
    hashRate: s.hashRate,
    hashes: s.jobs.reduce((sum, j) => sum + j.hashes, 0),
    workers: s.workers,
    perWorker: s.perWorker.map((w) => w.hashRate),
    mode: s.mode === 'main-thread' ? 'main-thread' : 'workers',
    expectedSeconds: s.expectedSecondsToBlock,
    nodeId: app.mining.activeNode,
    blocksFound: app.mining.blocksFound,
  };
}

/** The engine view as plain JSON (a copy: the settings' benchmark is not handed out). */
export function miningEngineInfo(app: PocketApp): MiningEngineInfo {
  const v = app.engines.view;
  return {
    chosen: v.chosen,
    chosenBy: v.chosenBy,
    running: v.running,
    device: v.device,
    gpuAllowed: v.gpuAllowed,
    benchmark: v.benchmark === null ? null : { best: v.benchmark.best, elapsedMs: v.benchmark.elapsedMs, measurements: v.benchmark.measurements.map((m) => ({ ...m })) },
  };
}

/** A wallet with its balance on a node (the selected one by default). */
export function walletInfo(app: PocketApp, w: Wallet, nodeId?: string): WalletInfo {
  return { label: w.label, address: w.address, publicKey: w.publicKey, balance: app.wallets.balance(w.address, nodeId), fromSeed: w.seed !== undefined };
}
