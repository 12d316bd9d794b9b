/**
 * Consensus params of the storage benchmark's chain, shared by the Node-side
 * generator (storage-chain.ts) and the browser page (pages/storage.ts).
 * Regtest difficulty (a block in ~2 hashes), coinbases spendable from the next
 * block, and no halving: with the classroom's 210-block halving the subsidy
 * would reach zero long before block 10,000.
 */
import { REGTEST_PARAMS, type ConsensusParams } from '../src/core/index';

export const STORAGE_BENCH_PARAMS: ConsensusParams = Object.freeze({ ...REGTEST_PARAMS, name: 'storage-bench', halvingInterval: 0 });
