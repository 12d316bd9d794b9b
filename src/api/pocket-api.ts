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
import { call, requireOptions, requireString, requireUnits } from './arguments';
import type { PocketApp } from '../app/pocket-app';
import type { ChainPresetId } from '../app/chain-presets';
import { miningEngineInfo, miningStats, nodeInfo, walletInfo } from './app-json';
import { blockToJson, poolEntryToJson, utxoToJson } from './json';
import { checkProof, inspectHeader, merkleRoot } from './tools';
import type { PocketApi, SubmitResult } from './types';

export function createPocketApi(app: PocketApp): PocketApi {
  const chain = () => app.nodes.selected.chain;
  return {
    newWallet: (label) =>
      call(app, () => {
        const w = app.wallets.create({ label });
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
    startMining: (options) =>
      call(app, () => {
        const o = requireOptions(options, 'options', ['nodeId', 'address'], false);
        return app.mining.startMining(o.nodeId === undefined ? app.nodes.selected.id : requireString(o.nodeId, 'nodeId'), requireString(o.address, 'address'));
      }),
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
        const id = app.nodes.node(requireString(nodeId, 'nodeId')).id;
        const hex = requireString(blockHex, 'blockHex');
        let block;
        try {
          block = blockFromHex(hex);
        } catch (e) {
          // Garbage is the node's refusal, not a failed call: the result says why.
          const err = toPocketError(e);
          return { accepted: false, hash: '', status: 'rejected', code: err.code, message: err.message };
        }
        const r = app.nodes.submitBlock(id, block);
        return { accepted: r.accepted, hash: r.hash, status: r.status, ...(r.code ? { code: r.code, message: r.message } : {}) };
      }),
    exportState: (options) => call(app, () => app.stateFile.export((requireOptions(options, 'options', ['includeWallets'], true).includeWallets ?? false) as boolean)),
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

/**
 * resetSystem({ seed?, preset? }): a seed may be a number (its decimal text); a preset is one of the Settings panel's.
 * The presets load with the first call that names one: most calls name none.
 */
async function resetSystem(app: PocketApp, options: unknown): Promise<void> {
  const { seed, preset } = requireOptions(options, 'options', ['seed', 'preset'], true);
  // The seed itself is checked by lifecycle.reset (seedText), which names what was wrong with it.
  let params;
  if (preset !== undefined) {
    const { CHAIN_PRESETS } = await import('../app/chain-presets');
    const found = CHAIN_PRESETS.find((p) => p.id === (preset as ChainPresetId));
    if (!found) throw new PocketError('bad-argument', `The preset must be one of ${CHAIN_PRESETS.map((p) => p.id).join(', ')}.`, 'preset');
    params = found.params;
  }
  return app.lifecycle.reset(seed as string | number | undefined, params);
}
