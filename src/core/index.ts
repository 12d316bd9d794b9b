/**
 * The protocol core: a Bitcoin-faithful blockchain in pure TypeScript (no DOM,
 * no Svelte, no IndexedDB, no Comlink), used by the page, the workers and Node.
 *
 *   bytes, hash            encodings and SHA-256 / SHA-256d / HASH160
 *   keys, address, wallet  secp256k1 keys, Base58Check P2PKH addresses (base58), payments
 *   amount                 integer base units, parsing typed coins
 *   transaction, sighash   UTXO transactions, txid/wtxid, signature hash
 *   coinbase               the reward transaction and its data
 *   merkle, header, block  merkle trees and proofs, the 80-byte header, blocks
 *   pow, difficulty        compact bits, targets, work, retargeting, median time past
 *   hashcash               proof of work's ancestor: n leading zero bits of SHA-256
 *   params                 consensus parameters, subsidy and halving
 *   tx-check, tx-inputs,
 *   signature-cache,
 *   maturity,
 *   block-check, connect   validation with reason codes (errors)
 *   utxo-set, mempool,
 *   block-tree, chain      chainstate, pool, block index, fork choice and reorgs
 *   block-bodies           where a chain keeps block bodies and undo data
 *   verify-recent          the start check of the last few blocks (Core's -checkblocks; not exported
 *                          here but its depth, check-blocks: only a start from stored state runs it,
 *                          and a value exported here would be in every first load)
 *   block-template, miner,
 *   genesis, balance       mining and wallet views
 *   block-report           "why is this block valid": every check with its result (not exported
 *                          here: only an opened block in the explorer uses it, and what this barrel
 *                          exports is loaded with every page; import the file)
 */
export * from './bytes';
export * from './hash';
export * from './errors';
export * from './reject-details';
export * from './amount';
export * from './keys';
export * from './address';
export * from './transaction';
export * from './sighash';
export * from './coinbase';
export * from './merkle';
export * from './header';
export * from './block';
export * from './pow';
export * from './hashcash';
export * from './params';
export * from './difficulty';
export * from './tx-check';
export * from './tx-inputs';
export * from './signature-cache';
export * from './block-check';
export * from './connect';
export * from './utxo-set';
export * from './maturity';
export * from './mempool';
export * from './pool-order';
export * from './mempool-floor';
export * from './block-tree';
export * from './block-bodies';
export * from './chain';
export * from './chain-types';
export * from './utxo-check';
export { DEFAULT_CHECK_BLOCKS } from './check-blocks';
export type { RecentCheck } from './verify-recent';
export * from './chain-delta';
export * from './reorg-pool';
export * from './block-template';
export * from './miner';
export * from './genesis';
export * from './wallet';
export * from './balance';
