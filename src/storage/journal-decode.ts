/**
 * Reading a journal entry (journal-codec.ts writes them and says what they
 * hold). Only a load, compaction and garbage collection read the journal: a
 * first visit writes it and never reads it.
 */
import { DecodeError } from '../core/index';
import { BinReader } from './byte-codec';
import { readAddressTable, readCoin, readIndexEntry, readPoolEntry } from './entry-decode';
import { ADD, JOURNAL_FORMAT, REFRESH } from './journal-codec';
import type { JournalStep } from './chainstate';

function readStep(r: BinReader, addresses: readonly string[]): JournalStep {
  const tip = r.hash('tip');
  const indexAdded = Array.from({ length: r.count('added block count') }, () => readIndexEntry(r, addresses));
  const indexRemoved = Array.from({ length: r.count('removed block count') }, () => r.hash('removed block hash'));
  const coinsRemoved = Array.from({ length: r.count('spent coin count') }, () => r.outpoint());
  const coinsAdded = Array.from({ length: r.count('new coin count') }, () => readCoin(r, addresses));
  const poolRemoved = Array.from({ length: r.count('pool departure count') }, () => r.hash('pool txid'));
  const poolAdded = Array.from({ length: r.count('pool arrival count') }, () => {
    const kind = r.u8('pool change kind');
    if (kind !== ADD && kind !== REFRESH) throw new DecodeError(`unknown pool change kind ${kind}`);
    return { ...readPoolEntry(r), kind: kind === ADD ? ('add' as const) : ('refresh' as const) };
  });
  return { tip, indexAdded, indexRemoved, coinsRemoved, coinsAdded, poolRemoved, poolAdded };
}

export interface JournalEntry {
  readonly seq: number;
  readonly steps: readonly JournalStep[];
}

export function decodeJournalEntry(bytes: unknown): JournalEntry {
  if (!(bytes instanceof Uint8Array)) throw new DecodeError('the journal entry is not a byte array');
  const r = new BinReader(bytes);
  const format = r.u8('format');
  if (format !== JOURNAL_FORMAT) throw new DecodeError(`unknown journal entry format ${format}`);
  const seq = r.varint('seq');
  const addresses = readAddressTable(r);
  const steps = Array.from({ length: r.count('step count', 100_000) }, () => readStep(r, addresses));
  r.end('journal entry');
  return { seq, steps };
}
