/**
 * The typed API (types.ts) over a running PocketSystem: JSON results, integer
 * units, display-order hashes, and every failure a PocketError with the reason
 * code and sentence the UI shows. Wallet, chain and pool calls act on the
 * selected node, as the original single-node API did.
 */
import {
  blockFromHex,
  hashOfBlock,
  merkleProof as coreMerkleProof,
  txid as txidOf,
  type MerkleProof,
} from '../core/index';
import { blockToJson, poolEntryToJson, utxoToJson } from './json';
import { checkProof, inspectHeader, merkleRoot } from './tools';
import { PocketError, toPocketError } from '../app/errors';
import type { PocketSystem } from '../app/system';
import type { MiningStats, NodeInfo, PocketApi, SubmitResult } from './types';

/** Runs `fn`, turning any thrown error into a rejected PocketError. */
async function call<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toPocketError(e);
  }
}

function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new PocketError('bad-argument', `${field} must be a non-empty string.`, field);
  return value.trim();
}

function requireUnits(value: unknown, field: string, allowZero: boolean): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || (!allowZero && value === 0)) {
    throw new PocketError('bad-amount', `${field} must be a whole number of base units${allowZero ? '' : ' above zero'} (1 coin = 100,000,000 units).`, field);
  }
  return value;
}

export function nodeInfo(system: PocketSystem, id: string): NodeInfo {
  const node = system.network.node(id);
  const groups = system.network.partitionGroups();
  const partition = groups?.findIndex((g) => g.includes(id));
  return {
    id: node.id,
    label: node.label,
    height: node.height,
    tip: node.tip.hash,
    peers: node.peerList(),
    mempool: node.chain.mempool.size,
    hashShare: node.miner?.hashShare ?? 0,
    mining: system.mining.isMining(node.id),
    ...(partition !== undefined && partition >= 0 ? { partition } : {}),
  };
}

export function miningStats(system: PocketSystem): MiningStats {
  const s = system.mining.stats;
  return {
    mining: system.mining.mining,
    hashRate: s.hashRate,
    hashes: s.jobs.reduce((sum, j) => sum + j.hashes, 0),
    workers: s.workers,
    perWorker: s.perWorker.map((w) => w.hashRate),
    mode: s.mode === 'main-thread' ? 'main-thread' : 'workers',
    expectedSeconds: s.expectedSecondsToBlock,
    nodeId: system.mining.activeNode,
    blocksFound: system.mining.blocksFound,
  };
}

export function createPocketApi(system: PocketSystem): PocketApi {
  const chain = () => system.selectedNode.chain;
  return {
    newWallet: (label) =>
      call(() => {
        const w = system.createWallet({ label: label === undefined ? undefined : String(label) });
        return { address: w.address, publicKey: w.publicKey };
      }),
    getWallets: () =>
      call(() =>
        system.wallets.map((w) => ({ label: w.label, address: w.address, publicKey: w.publicKey, balance: system.balance(w.address), fromSeed: w.seed !== undefined })),
      ),
    getBalance: (address) => call(() => system.balance(requireString(address, 'address')).confirmed),
    send: (from, to, amount, fee = 0) =>
      call(() => {
        const p = system.send(requireString(from, 'from'), requireString(to, 'to'), requireUnits(amount, 'amount', false), requireUnits(fee, 'fee', true));
        return { txid: p.txid, fee, change: p.change, inputs: p.chosen.map((c) => ({ txid: c.key.slice(0, 64), vout: Number(c.key.slice(65)), amount: c.coin.amount })) };
      }),
    mineBlock: (minerAddress, maxTxs) =>
      call(async () => {
        const nodeId = system.selectedNode.id;
        const { mined, result } = await system.mineBlock(nodeId, requireString(minerAddress, 'minerAddress'), maxTxs);
        if (!result.accepted) throw new PocketError(result.code ?? 'bad-encoding', result.message ?? 'The node refused the block.');
        return {
          hash: result.hash,
          height: system.network.node(nodeId).chain.tree.get(result.hash)?.height ?? mined.template.height,
          txids: mined.block.txs.map((tx) => txidOf(tx)),
          reward: mined.template.subsidy,
          fees: mined.template.fees,
          nonce: mined.block.header.nonce,
          hashes: mined.hashes,
        };
      }),
    getBlocks: () => call(() => chain().activeEntries().map((e) => blockToJson(chain(), chain().getBlock(e.hash)!))),
    getChainstate: () => call(() => chain().utxos.toSortedArray().map(([k, c]) => utxoToJson(k, c))),
    getPool: () => call(() => chain().mempool.entries().map((e) => poolEntryToJson(e, chain()))),
    resetSystem: (options) => call(() => system.reset(options?.seed)),

    getNodes: () => call(() => system.network.nodeIds().map((id) => nodeInfo(system, id))),
    addNode: () => call(() => ({ id: system.addNode().id })),
    registerNodes: (nodeId, peerIds) => call(() => ({ peers: system.registerPeers(requireString(nodeId, 'nodeId'), peerIds) })),
    resolveConflicts: (nodeId) =>
      call(() => {
        const r = system.resolveConflicts(requireString(nodeId, 'nodeId'));
        return {
          replaced: r.replaced,
          height: r.height,
          tip: r.tip,
          refused: r.peers.filter((p) => p.outcome === 'invalid').map((p) => ({ peer: p.peer, code: p.code ?? 'invalid', message: p.message ?? '' })),
        };
      }),
    selectNode: (nodeId) => call(() => system.selectNode(requireString(nodeId, 'nodeId'))),

    setDifficulty: (bits) => call(() => system.setDifficulty(bits)),
    startMining: (options) =>
      call(() => system.startMining(options?.nodeId ?? system.selectedNode.id, requireString(options?.address, 'address'))),
    stopMining: () => call(() => system.stopMining()),
    getMiningStats: () => call(() => miningStats(system)),

    inspectHeader: (hex) => call(() => inspectHeader(hex)),
    merkleRoot: (txids) => call(() => merkleRoot(txids)),
    merkleProof: (blockHash, txid) =>
      call((): MerkleProof => {
        const block = chain().getBlock(requireString(blockHash, 'blockHash').toLowerCase());
        if (!block) throw new PocketError('unknown-block', `The selected node has no block ${blockHash}.`, 'blockHash');
        const ids = block.txs.map((tx) => txidOf(tx));
        const index = ids.indexOf(requireString(txid, 'txid').toLowerCase());
        if (index < 0) throw new PocketError('unknown-transaction', `Block ${hashOfBlock(block).slice(0, 16)}… does not contain ${txid}.`, 'txid');
        return coreMerkleProof(ids, index);
      }),
    verifyMerkleProof: (proof) => call(() => checkProof(proof)),
    submitBlock: (nodeId, blockHex) =>
      call((): SubmitResult => {
        system.node(requireString(nodeId, 'nodeId'));
        let block;
        try {
          block = blockFromHex(requireString(blockHex, 'blockHex'));
        } catch (e) {
          const err = toPocketError(e);
          return { accepted: false, hash: '', status: 'rejected', code: err.code, message: err.message };
        }
        if (system.readOnlyReason !== null) throw new PocketError('read-only', 'This tab cannot make changes now.');
        const r = system.network.submitBlock(nodeId, block);
        return { accepted: r.accepted, hash: r.hash, status: r.status, ...(r.code ? { code: r.code, message: r.message } : {}) };
      }),
    exportState: (options) => call(() => system.exportState(options?.includeWallets ?? false)),
    importState: (json) => call(() => system.importState(json)),
  };
}
