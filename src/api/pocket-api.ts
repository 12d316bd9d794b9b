/**
 * The typed API (types.ts) as a thin mapping over the running app's services:
 * JSON results, integer units, display-order hashes, and every failure a
 * PocketError with the reason code and sentence the UI shows. Wallet, chain
 * and pool calls act on the selected node, as the original single-node API
 * did. The services check their arguments; this file checks only what is the
 * API's own (argument names, units, hex).
 */
import {
  blockFromHex,
  hashOfBlock,
  merkleProof as coreMerkleProof,
  txid as txidOf,
  type MerkleProof,
} from '../core/index';
import { PocketError, toPocketError } from '../app/errors';
import type { PocketApp } from '../app/pocket-app';
import { CHAIN_PRESETS, type ChainPresetId } from '../app/chain-presets';
import { miningEngineInfo, miningStats, nodeInfo, walletInfo } from './app-json';
import { blockToJson, poolEntryToJson, utxoToJson } from './json';
import { checkProof, inspectHeader, merkleRoot } from './tools';
import type { PocketApi, SubmitResult } from './types';

/** Runs `fn` once the stored blocks are read (any call may need one), turning any thrown error into a rejected PocketError. */
async function call<T>(app: PocketApp, fn: () => T | Promise<T>): Promise<T> {
  try {
    await app.bodies.whenReady();
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

export function createPocketApi(app: PocketApp): PocketApi {
  const chain = () => app.nodes.selected.chain;
  return {
    newWallet: (label) =>
      call(app, () => {
        const w = app.wallets.create({ label: label === undefined ? undefined : String(label) });
        return { address: w.address, publicKey: w.publicKey };
      }),
    getWallets: () => call(app, () => app.wallets.list.map((w) => walletInfo(app, w))),
    getBalance: (address) => call(app, () => app.wallets.balance(requireString(address, 'address')).confirmed),
    send: (from, to, amount, fee = 0) =>
      call(app, () => {
        const p = app.wallets.send(requireString(from, 'from'), requireString(to, 'to'), requireUnits(amount, 'amount', false), requireUnits(fee, 'fee', true));
        return { txid: p.txid, fee, change: p.change, inputs: p.chosen.map((c) => ({ txid: c.key.slice(0, 64), vout: Number(c.key.slice(65)), amount: c.coin.amount })) };
      }),
    mineBlock: (minerAddress, maxTxs) =>
      call(app, async () => {
        const nodeId = app.nodes.selected.id;
        const { mined, result } = await app.mining.mineBlock(nodeId, requireString(minerAddress, 'minerAddress'), maxTxs);
        if (!result.accepted) throw new PocketError(result.code ?? 'bad-encoding', result.message ?? 'The node refused the block.');
        return {
          hash: result.hash,
          height: app.nodes.network.node(nodeId).chain.tree.get(result.hash)?.height ?? mined.template.height,
          txids: mined.block.txs.map((tx) => txidOf(tx)),
          reward: mined.template.subsidy,
          fees: mined.template.fees,
          nonce: mined.block.header.nonce,
          hashes: mined.hashes,
        };
      }),
    getBlocks: () => call(app, () => chain().activeEntries().map((e) => blockToJson(chain(), chain().getBlock(e.hash)!))),
    getChainstate: () => call(app, () => chain().utxos.toSortedArray().map(([k, c]) => utxoToJson(k, c))),
    getPool: () => call(app, () => chain().mempool.entries().map((e) => poolEntryToJson(e, chain()))),
    resetSystem: (options) => call(app, () => resetSystem(app, options)),

    getNodes: () => call(app, () => app.nodes.network.nodeIds().map((id) => nodeInfo(app, id))),
    addNode: () => call(app, () => ({ id: app.nodes.add().id })),
    registerNodes: (nodeId, peerIds) => call(app, () => ({ peers: app.nodes.registerPeers(requireString(nodeId, 'nodeId'), peerIds) })),
    resolveConflicts: (nodeId) =>
      call(app, () => {
        const r = app.nodes.resolveConflicts(requireString(nodeId, 'nodeId'));
        return {
          replaced: r.replaced,
          height: r.height,
          tip: r.tip,
          refused: r.peers.filter((p) => p.outcome === 'invalid').map((p) => ({ peer: p.peer, code: p.code ?? 'invalid', message: p.message ?? '' })),
        };
      }),
    selectNode: (nodeId) => call(app, () => app.nodes.select(requireString(nodeId, 'nodeId'))),

    setDifficulty: (bits) => call(app, () => app.rules.setDifficulty(bits)),
    startMining: (options) => call(app, () => app.mining.startMining(options?.nodeId ?? app.nodes.selected.id, requireString(options?.address, 'address'))),
    stopMining: () => call(app, () => app.mining.stopMining()),
    getMiningStats: () => call(app, () => miningStats(app)),
    getMiningEngines: () => call(app, () => miningEngineInfo(app)),
    setMiningEngine: (engine) => call(app, () => app.engines.choose(engine)),
    measureMiningEngines: () => call(app, () => app.engines.measure()),
    setGpuMining: (on) => call(app, () => app.engines.setGpuAllowed(on)),

    inspectHeader: (hex) => call(app, () => inspectHeader(hex)),
    merkleRoot: (txids) => call(app, () => merkleRoot(txids)),
    merkleProof: (blockHash, txid) =>
      call(app, (): MerkleProof => {
        const block = chain().getBlock(requireString(blockHash, 'blockHash').toLowerCase());
        if (!block) throw new PocketError('unknown-block', `The selected node has no block ${blockHash}.`, 'blockHash');
        const ids = block.txs.map((tx) => txidOf(tx));
        const index = ids.indexOf(requireString(txid, 'txid').toLowerCase());
        if (index < 0) throw new PocketError('unknown-transaction', `Block ${hashOfBlock(block).slice(0, 16)}… does not contain ${txid}.`, 'txid');
        return coreMerkleProof(ids, index);
      }),
    verifyMerkleProof: (proof) => call(app, () => checkProof(proof)),
    submitBlock: (nodeId, blockHex) =>
      call(app, (): SubmitResult => {
        app.nodes.node(requireString(nodeId, 'nodeId'));
        let block;
        try {
          block = blockFromHex(requireString(blockHex, 'blockHex'));
        } catch (e) {
          // Garbage is the node's refusal, not a failed call: the result says why.
          const err = toPocketError(e);
          return { accepted: false, hash: '', status: 'rejected', code: err.code, message: err.message };
        }
        const r = app.nodes.submitBlock(nodeId, block);
        return { accepted: r.accepted, hash: r.hash, status: r.status, ...(r.code ? { code: r.code, message: r.message } : {}) };
      }),
    exportState: (options) => call(app, () => app.stateFile.export(options?.includeWallets ?? false)),
    importState: (json) => call(app, () => app.stateFile.import(json)),
    lab: {
      doubleSpendRace: (o) => call(app, async () => structuredClone(await app.lab.doubleSpendRace(o))),
      selfishMining: (o) => call(app, async () => structuredClone(await app.lab.selfishMining(o))),
      staleRate: (o) => call(app, async () => structuredClone(await app.lab.staleRate(o))),
      majorityAttack: (o) => call(app, async () => structuredClone(await app.lab.majorityAttack(o))),
      cancel: () => call(app, () => app.lab.cancel()),
    },
  };
}

/** resetSystem({ seed?, preset? }): a seed may be a number (its decimal text); a preset is one of the Settings panel's. */
function resetSystem(app: PocketApp, options?: { seed?: string | number; preset?: ChainPresetId }): Promise<void> {
  if (options !== undefined && (options === null || typeof options !== 'object')) throw new PocketError('bad-argument', 'options must be { seed?, preset? }.', 'options');
  const { seed, preset } = options ?? {};
  // The seed itself is checked by lifecycle.reset (seedText), which names what was wrong with it.
  let params;
  if (preset !== undefined) {
    const found = CHAIN_PRESETS.find((p) => p.id === preset);
    if (!found) throw new PocketError('bad-argument', `The preset must be one of ${CHAIN_PRESETS.map((p) => p.id).join(', ')}.`, 'preset');
    params = found.params;
  }
  return app.lifecycle.reset(seed, params);
}
