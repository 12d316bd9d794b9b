/**
 * Relay section: what one relayed block costs the thread the simulation runs
 * on, as the network grows. The page's timer advances the network 50 ms of
 * virtual time per task at x1 (app/boot.ts); each such advance is timed here
 * while a block with 10 payments travels from its miner to every node (each
 * node validates and connects it, updates its pool and emits its delta).
 * Figures per block: the busy time summed over the tasks, and the longest
 * task, at 4, 16, 32 and 64 nodes; before (each tick runs every event due)
 * and after (each tick stops once it used the app's 20 ms budget and owes
 * the rest to the next ticks: SimController.budgetMs). In the same run, for
 * comparison, the same relay delivered in one task (settle(): runUntilIdle).
 *
 * Node, not the page: the simulation code is the same; the page adds its
 * saving (one IndexedDB commit per delta, asynchronous) and drawing on top.
 */
import { buildPayment, spendableCoins, COIN } from '../src/core/index';
import { SeededRng, SimController, type Network } from '../src/sim/index';
import { createDemoNetwork } from '../src/sim/scenarios/demo';
import type { BenchContext } from './context';

const SIZES = [4, 16, 32, 64];
const BLOCKS = 5;
const PAYMENTS = 10;
/** The page's timer (app/boot.ts: TICK_INTERVAL_MS) at x1. */
const TICK_MS = 50;
/** The app's budget per tick (app/clock-service.ts: TICK_BUDGET_MS). */
const BUDGET_MS = 20;

interface TickFigures {
  /** Per block: summed task time, longest task, tasks until every node has it. */
  readonly busy: number[];
  readonly longest: number[];
  readonly tasks: number[];
}

interface RelayFigures {
  readonly before: TickFigures;
  readonly after: TickFigures;
  /** Per block: the whole relay in one task (runUntilIdle). */
  readonly oneTask: number[];
}

function grow(size: number): { network: Network; wallets: ReturnType<typeof createDemoNetwork>['wallets'] } {
  const { network, wallets } = createDemoNetwork({ seed: `relay-${size}`, blocks: 20, pendingPayments: 0 });
  const rng = SeededRng.fromSeed(`relay-${size}`, 'topology');
  // Each new node links to 3 random earlier ones (about Bitcoin's sparse, random peering).
  for (let i = 4; i < size; i++) {
    const ids = network.nodeIds();
    const peers = new Set<string>();
    while (peers.size < Math.min(3, ids.length)) peers.add(rng.pick(ids));
    network.addNode({ peers: [...peers] });
  }
  network.runUntilIdle();
  return { network, wallets };
}

function pay(network: Network, wallets: ReturnType<typeof createDemoNetwork>['wallets'], rng: SeededRng): void {
  const view = network.node('node-1').chain;
  for (let p = 0; p < PAYMENTS; p++) {
    const rich = wallets.filter((w) => spendableCoins(view, w.address).reduce((s, c) => s + c.coin.amount, 0) >= COIN);
    const from = rng.pick(rich);
    const to = rng.pick(wallets.filter((w) => w !== from));
    const coins = spendableCoins(view, from.address);
    const { tx } = buildPayment({ from, to: to.address, amount: COIN / 10, fee: 1000, coins, addressVersion: network.params.addressVersion });
    const r = network.submitTransaction('node-1', tx);
    if (!r.accepted) throw new Error(`bench payment refused: ${r.code} ${r.message}`);
  }
  network.runUntilIdle();
}

function relayInTicks(size: number, budgetMs: number | null): TickFigures {
  const f: TickFigures = { busy: [], longest: [], tasks: [] };
  const { network, wallets } = grow(size);
  const rng = SeededRng.fromSeed(`relay-${size}`, 'payments');
  const clock = new SimController(network);
  clock.budgetMs = budgetMs;
  clock.play(1);
  for (let b = 0; b < BLOCKS; b++) {
    pay(network, wallets, rng);
    const t0 = performance.now();
    network.mine('node-1');
    const target = network.node('node-1').chain.tip.hash;
    let busy = performance.now() - t0;
    let longest = busy;
    let tasks = 1;
    while (network.nodeIds().some((id) => network.node(id).chain.tip.hash !== target)) {
      const s = performance.now();
      clock.tick(TICK_MS);
      const d = performance.now() - s;
      busy += d;
      longest = Math.max(longest, d);
      tasks++;
      if (tasks > 10_000) throw new Error(`the block did not reach every node of ${size}`);
    }
    f.busy.push(busy);
    f.longest.push(longest);
    f.tasks.push(tasks);
    network.runUntilIdle();
  }
  return f;
}

function relayInOneTask(size: number): number[] {
  const { network, wallets } = grow(size);
  const rng = SeededRng.fromSeed(`relay-${size}`, 'payments');
  const times: number[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    pay(network, wallets, rng);
    const t0 = performance.now();
    network.mine('node-1');
    network.runUntilIdle();
    times.push(performance.now() - t0);
  }
  return times;
}

function measure(size: number): RelayFigures {
  return { before: relayInTicks(size, null), after: relayInTicks(size, BUDGET_MS), oneTask: relayInOneTask(size) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => x.toFixed(1);

const over = (f: TickFigures) => `${f.longest.filter((x) => x > 50).length} of ${BLOCKS} blocks had a task over 50 ms`;

export default async function relay(ctx: BenchContext): Promise<void> {
  for (const size of SIZES) {
    const f = measure(size);
    ctx.report(`Relay of a block with ${PAYMENTS} payments, ${size} nodes, ${BLOCKS} blocks, ticks of ${TICK_MS} ms at x1 (Node; ${ctx.loadAverage()})`, [
      { label: 'before: busy time per block (median)', value: ms(median(f.before.busy)), unit: 'ms', note: `${median(f.before.tasks)} tasks until every node has it` },
      { label: 'before: longest task (median / max)', value: `${ms(median(f.before.longest))} / ${ms(Math.max(...f.before.longest))}`, unit: 'ms', note: over(f.before) },
      { label: `after (${BUDGET_MS} ms budget): busy time per block`, value: ms(median(f.after.busy)), unit: 'ms', note: `${median(f.after.tasks)} tasks until every node has it` },
      { label: 'after: longest task (median / max)', value: `${ms(median(f.after.longest))} / ${ms(Math.max(...f.after.longest))}`, unit: 'ms', note: over(f.after) },
      { label: 'same relay in one task (settle)', value: ms(median(f.oneTask)), unit: 'ms', note: 'what runUntilIdle blocks for' },
    ]);
    ctx.figure('relay', {
      label: `${size} nodes (Node), busy / longest task, median`,
      old: `${ms(median(f.before.busy))} / ${ms(median(f.before.longest))} ms`,
      now: `${ms(median(f.after.busy))} / ${ms(median(f.after.longest))} ms (max ${ms(Math.max(...f.after.longest))})`,
    });
  }
}
