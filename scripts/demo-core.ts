/**
 * Replays the original pocket-blockchain walkthrough (its README's "Usage Example")
 * on the protocol core, in Node: eight wallets, a chain paying the first one,
 * seven sends each followed by a mined block, seven sends back in one pool, two
 * blocks holding 2 and 3 of them; then balances and the chain.
 *
 *   npm run demo:core
 */
import {
  Blockchain, CLASSROOM_PARAMS, COIN, balanceOf, buildPayment, createBlockTemplate, createGenesisBlock,
  createWallet, formatCoins, mineTemplate, spendableCoins, txid, type Wallet,
} from '../src/core/index';

let clock = 1_700_000_000;
const now = () => clock;
const params = CLASSROOM_PARAMS;

const wallets: Wallet[] = Array.from({ length: 8 }, (_, i) => createWallet({ label: `address${i + 1}`, seed: 'demo-core', index: i }));
const [a1, a2] = wallets as [Wallet, Wallet];

// init_system(address1): the genesis block pays 10 coins to address1.
const chain = Blockchain.fromGenesis(params, createGenesisBlock(params, a1.address, clock), { now });

function send(from: Wallet, to: Wallet, coins: number): void {
  const { tx } = buildPayment({ from, to: to.address, amount: coins * COIN, fee: 0, coins: spendableCoins(chain, from.address) });
  const r = chain.acceptTransaction(tx);
  if (!r.accepted) throw new Error(`send ${from.label} -> ${to.label} refused: ${r.code} ${r.message}`);
  console.log(`send ${from.label} -> ${to.label} ${coins}   tx ${txid(tx).slice(0, 16)}…`);
}

function mine(miner: Wallet, maxTxs?: number): void {
  clock += params.targetSpacing;
  const mined = mineTemplate(createBlockTemplate(chain, { minerAddress: miner.address, maxTxs }));
  if (!mined) throw new Error('mining stopped');
  const r = chain.processBlock(mined.block);
  if (r.status !== 'active') throw new Error(`block refused: ${r.code} ${r.message}`);
  console.log(`mine_block(${miner.label}${maxTxs !== undefined ? `, ${maxTxs}` : ''}) -> height ${chain.height}, ${mined.block.txs.length - 1} tx, ${mined.hashes} hashes, ${r.hash.slice(0, 20)}…`);
}

const balance = (w: Wallet) => formatCoins(balanceOf(chain, w.address).confirmed);

console.log(`get_balance(address1) = ${balance(a1)}`);
const amounts = [3, 2, 1, 1, 1, 1, 1];
wallets.slice(1).forEach((w, i) => {
  send(a1, w, amounts[i]!);
  mine(a1);
  console.log(`get_balance(address1) = ${balance(a1)}`);
});
for (const w of wallets.slice(1)) send(w, a1, 1);
console.log(`pool: ${chain.mempool.size} transactions`);
mine(a2, 2);
mine(a2, 3);
console.log(`pool: ${chain.mempool.size} transactions left unconfirmed\n`);

console.log('Balances (confirmed):');
let sum = 0;
for (const w of wallets) {
  const b = balanceOf(chain, w.address);
  sum += b.confirmed;
  console.log(`  ${w.label.padEnd(9)} ${w.address}  ${formatCoins(b.confirmed).padStart(3)}   (pending ${formatCoins(b.pending)})`);
}
const rewards = (chain.height + 1) * params.initialReward;
console.log(`  sum = ${formatCoins(sum)}; ${chain.height + 1} blocks x ${formatCoins(params.initialReward)} reward = ${formatCoins(rewards)}`);
if (sum !== rewards || sum !== chain.utxos.totalAmount()) throw new Error('balances do not add up');
const expected = [75, 22, 1, 0, 0, 0, 1, 1];
wallets.forEach((w, i) => {
  if (balanceOf(chain, w.address).confirmed !== expected[i]! * COIN) throw new Error(`${w.label} should hold ${expected[i]}`);
});
console.log('  matches the original walkthrough: 75, 22, 1, 0, 0, 0, 1, 1\n');

console.log('show_blocks:');
for (const e of chain.activeEntries()) {
  const block = chain.getBlock(e.hash)!;
  console.log(`  #${e.height} ${e.hash}  prev ${e.header.prevHash.slice(0, 12)}…  merkle ${e.header.merkleRoot.slice(0, 12)}…  nonce ${e.header.nonce}  bits 0x${e.header.bits.toString(16)}  txs ${block.txs.length}`);
  for (const tx of block.txs) {
    const outs = tx.outputs.map((o) => `${formatCoins(o.amount)} -> ${wallets.find((w) => w.address === o.address)?.label ?? o.address}`).join(', ');
    console.log(`      ${txid(tx).slice(0, 16)}…  ${outs}`);
  }
}
const check = chain.verifyUtxoSet();
console.log(`\nUTXO set rebuilt from genesis matches: ${check.ok} (${check.actual} coins)`);
