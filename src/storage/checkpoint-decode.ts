/**
 * Reading a checkpoint (checkpoint-codec.ts writes it and says how it is
 * laid out): the whole chainstate for a load, or only the block hashes of
 * its index for garbage collection. A first visit never reads one.
 */
import { DecodeError } from '../core/index';
import { BinReader } from './byte-codec';
import { NodeChainstate } from './chainstate';
import { decodeHead, join, type CheckpointHead } from './checkpoint-codec';
import { readAddressTable, readCoin, readIndexEntry, readIndexHash, readPoolEntry } from './entry-decode';

/** The block hashes a checkpoint's index parts list (for garbage collection). */
export function decodeIndexHashes(head: CheckpointHead, indexParts: readonly unknown[]): string[] {
  if (indexParts.length !== head.indexParts) throw new DecodeError(`the checkpoint has ${indexParts.length} index parts, its head says ${head.indexParts}`);
  const r = new BinReader(join(indexParts as Uint8Array[], head.indexBytes, 'index'));
  readAddressTable(r);
  const n = r.count('index entry count');
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(readIndexHash(r));
  r.end('block index');
  return out;
}

/** A node's chainstate from its checkpoint records (head, then every part in key order). */
export function decodeCheckpoint(nodeId: string, records: readonly unknown[]): NodeChainstate {
  if (records.length === 0) throw new DecodeError('the checkpoint has no head');
  const head = decodeHead(records[0]);
  const parts = records.slice(1);
  if (parts.length !== head.indexParts + head.coinParts) throw new DecodeError(`the checkpoint has ${parts.length} parts, its head says ${head.indexParts + head.coinParts}`);
  const state = new NodeChainstate(nodeId, head.tip, head.through);

  const ir = new BinReader(join(parts.slice(0, head.indexParts) as Uint8Array[], head.indexBytes, 'index'));
  const miners = readAddressTable(ir);
  const entries = ir.count('index entry count');
  for (let i = 0; i < entries; i++) {
    const e = readIndexEntry(ir, miners);
    if (state.index.has(e.hash)) throw new DecodeError(`block ${e.hash} is in the index twice`);
    state.index.set(e.hash, e);
  }
  ir.end('block index');

  const cr = new BinReader(join(parts.slice(head.indexParts) as Uint8Array[], head.coinBytes, 'coin'));
  const addresses = readAddressTable(cr);
  const coins = cr.count('coin count');
  for (let i = 0; i < coins; i++) {
    const [key, coin] = readCoin(cr, addresses);
    state.coins.add(key, coin);
  }
  if (state.coins.size !== coins) throw new DecodeError(`the coin stream repeats an outpoint (${coins} coins, ${state.coins.size} distinct)`);
  const pool = cr.count('pool count');
  for (let i = 0; i < pool; i++) {
    const e = readPoolEntry(cr);
    state.pool.set(e.txid, e);
  }
  cr.end('coin stream');
  return state;
}
