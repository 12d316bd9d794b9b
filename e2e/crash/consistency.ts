/**
 * The crash test's judge, in Node and independent of the app's own load
 * checks: given the export file of the reopened app and what the page showed
 * before the kill, lists every way the reopened state is not one the app
 * really passed through (empty when it is).
 *
 * For each node: its UTXO set equals a replay of its active chain from
 * genesis (every spend finds its coin, every coin is where the chain put it);
 * its pool spends only coins of that set or of earlier pool transactions, and
 * no coin twice; every block the page had shown as saved is in its index; its
 * tip has at least the work of the last tip shown as saved; and its tip is one
 * the page showed (for any node: after a heal a node takes the other side's
 * branch), or descends from the last tip some node showed as saved: the blocks
 * mined between the last poll and the kill. How many those are depends on the
 * machine's speed (three were seen at a load of 30), so it is not counted.
 */
import { blockFromHex, hashOfBlock, hexToBytes, isCoinbase, outpointKey, parseTx, txid, workForBits, type Block } from '../../src/core/index';

/** What the page showed of one node before the kill. */
export interface NodeSeen {
  /** Every tip a poll read (the states the app passed through). */
  readonly tips: Set<string>;
  /** Every block hash that was on the node's chain when a flush after the read resolved. */
  readonly saved: Set<string>;
  /** The tip of the last poll whose flush resolved. */
  lastSavedTip: string | null;
}

interface ExportFile {
  readonly blocks: readonly { hash: string; hex: string }[];
  readonly nodes: readonly {
    id: string;
    tip: string;
    blocks: readonly string[];
    utxos: readonly { outpoint: string; amount: number; address: string }[];
    mempool: readonly { txid: string; hex: string }[];
  }[];
}


export function consistencyProblems(exportJson: string, seen: ReadonlyMap<string, NodeSeen>): string[] {
  const file = JSON.parse(exportJson) as ExportFile;
  const blocks = new Map<string, Block>(file.blocks.map((b) => [b.hash, blockFromHex(b.hex)]));
  const problems: string[] = [];
  // After a heal a node may take a branch another node showed: any node's tip is a state the network passed through.
  const anyTip = (hash: string) => [...seen.values()].some((s) => s.tips.has(hash));
  for (const b of file.blocks) if (hashOfBlock(blocks.get(b.hash)!) !== b.hash) problems.push(`block ${b.hash} is stored under the wrong hash`);

  for (const node of file.nodes) {
    const say = (s: string) => problems.push(`${node.id}: ${s}`);
    const chain = activeChain(node.tip, blocks);
    if (typeof chain === 'string') {
      say(chain);
      continue;
    }
    // The UTXO set against a replay from genesis.
    const replay = new Map<string, { amount: number; address: string }>();
    for (const block of chain) {
      for (const tx of block.txs) {
        if (!isCoinbase(tx)) {
          for (const input of tx.inputs) {
            const key = outpointKey(input.prevTxid, input.vout);
            if (!replay.delete(key)) say(`block ${hashOfBlock(block)} spends ${key}, which no earlier block left unspent`);
          }
        }
        const id = txid(tx);
        tx.outputs.forEach((out, vout) => replay.set(outpointKey(id, vout), { amount: out.amount, address: out.address }));
      }
    }
    const stored = new Map(node.utxos.map((c) => [c.outpoint, c]));
    for (const [key, coin] of replay) {
      const s = stored.get(key);
      if (!s) say(`coin ${key} of the chain is missing from the UTXO set`);
      else if (s.amount !== coin.amount || s.address !== coin.address) say(`coin ${key} differs from the chain's`);
    }
    for (const key of stored.keys()) if (!replay.has(key)) say(`coin ${key} is in the UTXO set but no block made it (or one spent it)`);

    // The pool on top of that set.
    const spendable = new Set(replay.keys());
    for (const entry of node.mempool) {
      const tx = parseTx(hexToBytes(entry.hex));
      for (const input of tx.inputs) {
        const key = outpointKey(input.prevTxid, input.vout);
        if (!spendable.delete(key)) say(`pool tx ${entry.txid} spends ${key}, which is not unspent (or is spent twice)`);
      }
      tx.outputs.forEach((_, vout) => spendable.add(outpointKey(entry.txid, vout)));
    }

    // Against what the page showed.
    const shown = seen.get(node.id);
    if (!shown) continue;
    const index = new Set(node.blocks);
    for (const hash of shown.saved) if (!index.has(hash)) say(`block ${hash} was shown as saved but is gone`);
    if (shown.lastSavedTip) {
      const lastSaved = activeChain(shown.lastSavedTip, blocks);
      if (typeof lastSaved === 'string') say(`the last tip shown as saved: ${lastSaved}`);
      else if (chainWork(chain) < chainWork(lastSaved)) say(`the tip ${node.tip} has less work than ${shown.lastSavedTip}, shown as saved`);
    }
    if (!anyTip(node.tip)) {
      const onChain = new Set(chain.map(hashOfBlock));
      const extendsSaved = [...seen.values()].some((s) => s.lastSavedTip !== null && onChain.has(s.lastSavedTip));
      if (!extendsSaved) say(`the tip ${node.tip} is no state the page showed, nor built on the last tip a node showed as saved`);
    }
  }
  return problems;
}

/** The blocks from genesis to `tip`, or why they cannot be followed. */
function activeChain(tip: string, blocks: ReadonlyMap<string, Block>): Block[] | string {
  const out: Block[] = [];
  const zero = '0'.repeat(64);
  for (let hash = tip; hash !== zero; ) {
    const block = blocks.get(hash);
    if (!block) return `block ${hash} of the chain to ${tip} is not stored`;
    out.push(block);
    hash = block.header.prevHash;
  }
  return out.reverse();
}

function chainWork(chain: readonly Block[]): bigint {
  return chain.reduce((sum, b) => sum + workForBits(b.header.bits), 0n);
}
