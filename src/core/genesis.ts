/**
 * The first block of a new chain. As in the original system's init_system(address),
 * its coinbase pays the given address and, unlike Bitcoin's genesis, can be spent.
 */
import { assembleBlock } from './block-template';
import { mineTemplate } from './miner';
import { blockSubsidy, type ConsensusParams } from './params';
import type { Block } from './block';

export const GENESIS_PREV_HASH = '0'.repeat(64);

export function createGenesisBlock(params: ConsensusParams, minerAddress: string, time: number, message = 'Pocket Chain genesis'): Block {
  const template = assembleBlock({
    prevHash: GENESIS_PREV_HASH,
    height: 0,
    bits: params.genesisBits,
    time,
    txs: [],
    minerAddress,
    subsidy: blockSubsidy(0, params),
    fees: 0,
    message,
  });
  const mined = mineTemplate(template);
  if (!mined) throw new Error('genesis mining stopped');
  return mined.block;
}
