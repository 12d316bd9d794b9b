/**
 * The storage benchmark's chain, built in Node and cached on disk: 10,000
 * blocks holding 100,000 signed payments (plus one coinbase each) on easy
 * regtest-like params without halving, so every block is found in a couple of
 * hashes. Built directly (not through a mempool): each payment spends the
 * oldest unspent coin, pays half to another of 64 seeded wallets and returns
 * the change, so the UTXO set grows by one coin per payment. Deterministic: the
 * same sizes give the same chain. Signing is the slow part (~0.5 ms each).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STORAGE_BENCH_PARAMS } from './storage-params';
import {
  SEQUENCE_FINAL,
  assembleBlock,
  blockHash,
  blockSubsidy,
  bytesToHex,
  createGenesisBlock,
  createWallet,
  hexToBytes,
  mineTemplate,
  outpointKey,
  serializeBlock,
  signHash,
  signatureHash,
  txid,
  type Block,
  type Coin,
  type Transaction,
  type Wallet,
} from '../src/core/index';


const GENERATOR_VERSION = 1;
const EPOCH = 1_700_000_000;
const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/.cache/pocket-chain-bench');

interface Spendable {
  readonly key: string;
  readonly coin: Coin;
  readonly wallet: number;
}

function generate(blockCount: number, paymentCount: number, log: (s: string) => void): Block[] {
  const params = STORAGE_BENCH_PARAMS;
  const wallets: Wallet[] = Array.from({ length: 64 }, (_, i) => createWallet({ seed: 'storage-bench', index: i, label: `w${i}` }));
  const keys = wallets.map((w) => hexToBytes(w.privateKey));
  const byAddress = new Map(wallets.map((w, i) => [w.address, i]));
  const queue: Spendable[] = [];
  let head = 0;
  const addOutputs = (tx: Transaction, height: number, coinbase: boolean) => {
    const id = txid(tx);
    tx.outputs.forEach((o, vout) => queue.push({ key: outpointKey(id, vout), coin: { amount: o.amount, address: o.address, height, coinbase }, wallet: byAddress.get(o.address)! }));
  };

  const genesis = createGenesisBlock(params, wallets[0]!.address, EPOCH);
  const blocks: Block[] = [genesis];
  addOutputs(genesis.txs[0]!, 0, true);
  let made = 0;
  const started = Date.now();
  for (let height = 1; height < blockCount; height++) {
    const want = Math.floor((height * paymentCount) / (blockCount - 1)) - made;
    const txs: Transaction[] = [];
    for (let i = 0; i < want; i++) {
      const spend = queue[head++]!;
      const from = wallets[spend.wallet]!;
      const to = wallets[(spend.wallet * 7 + height + i) % wallets.length]!;
      const v = spend.coin.amount;
      const outputs = v >= 2 ? [{ amount: Math.floor(v / 2), address: to.address }, { amount: v - Math.floor(v / 2), address: from.address }] : [{ amount: v, address: to.address }];
      const sep = spend.key.lastIndexOf(':');
      const input = { prevTxid: spend.key.slice(0, sep), vout: Number(spend.key.slice(sep + 1)), script: '', sequence: SEQUENCE_FINAL, signature: '', publicKey: '' };
      const unsigned: Transaction = { version: 1, inputs: [input], outputs, lockTime: 0 };
      const signature = bytesToHex(signHash(signatureHash(unsigned, 0, [spend.coin]), keys[spend.wallet]!));
      const tx: Transaction = { ...unsigned, inputs: [{ ...input, signature, publicKey: from.publicKey }] };
      txs.push(tx);
      addOutputs(tx, height, false); // a later payment in this block may spend it (parents first)
    }
    made += want;
    const template = assembleBlock({
      prevHash: blockHash(blocks[height - 1]!.header),
      height,
      bits: params.genesisBits,
      time: EPOCH + height * params.targetSpacing,
      txs,
      minerAddress: wallets[height % wallets.length]!.address,
      subsidy: blockSubsidy(height, params),
      fees: 0,
    });
    const mined = mineTemplate(template)!;
    blocks.push(mined.block);
    addOutputs(mined.block.txs[0]!, height, true);
    if (height % 1000 === 0) log(`  built ${height.toLocaleString('en-US')} blocks, ${made.toLocaleString('en-US')} payments (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  return blocks;
}

/** Length-prefixed canonical block encodings, as served to the bench page. */
export function packBlocks(blocks: readonly Block[]): Uint8Array {
  const parts = blocks.map((b) => serializeBlock(b));
  const out = new Uint8Array(4 + parts.reduce((s, p) => s + 4 + p.length, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, parts.length, true);
  let at = 4;
  for (const p of parts) {
    view.setUint32(at, p.length, true);
    out.set(p, at + 4);
    at += 4 + p.length;
  }
  return out;
}

/** The packed chain, from the cache when it was built before. */
export function storageBenchChain(blockCount: number, paymentCount: number, log: (s: string) => void = console.log): { packed: Uint8Array; cached: boolean; buildMs: number } {
  const file = join(CACHE_DIR, `storage-chain-${blockCount}-${paymentCount}-v${GENERATOR_VERSION}.bin`);
  if (existsSync(file)) return { packed: new Uint8Array(readFileSync(file)), cached: true, buildMs: 0 };
  log(`  building the chain (${blockCount} blocks, ${paymentCount} payments); cached afterwards in ${file}`);
  const t0 = performance.now();
  const packed = packBlocks(generate(blockCount, paymentCount, log));
  const buildMs = performance.now() - t0;
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, packed);
  return { packed, cached: false, buildMs };
}
