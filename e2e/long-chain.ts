/**
 * A Simulation chain grown to thousands of blocks with payments, through
 * window.pocket: what the long-chain start journey (long-chain-start.e2e.ts)
 * and the app-start benchmark (bench/app-start.bench.ts) both reload.
 */
import type { Page } from '@playwright/test';

export interface LongChainOptions {
  /** The Simulation preset's seed. */
  readonly seed: string;
  /** Fast-forward rounds of 1,000 blocks (the most one call allows). */
  readonly rounds: number;
  /** Payments sent (and delivered) before each round. */
  readonly paymentsPerRound: number;
  /** Base units each payment sends. */
  readonly amount: number;
}

export interface LongChain {
  /** Payments sent: a round stops early when the richest wallet runs out of confirmed coins. */
  readonly payments: number;
  /** The lowest node's height. */
  readonly height: number;
  readonly nodes: number;
}

/** Resets to the Simulation preset, grows its chain and waits until everything is delivered and saved. */
export async function growLongChain(page: Page, o: LongChainOptions): Promise<LongChain> {
  await page.evaluate((seed) => window.pocket.resetSystem({ preset: 'simulation', seed }), o.seed);
  let payments = 0;
  for (let round = 0; round < o.rounds; round++) {
    payments += await page.evaluate(
      async ({ n, amount }) => {
        const p = window.pocket;
        const wallets = await p.getWallets();
        const rich = wallets.reduce((a, b) => (b.balance.confirmed > a.balance.confirmed ? b : a));
        const others = wallets.filter((w) => w.address !== rich.address);
        let sent = 0;
        for (let i = 0; i < n; i++) {
          try {
            await p.send(rich.address, others[i % others.length]!.address, amount, 1000);
            sent++;
          } catch {
            break; // out of confirmed coins: the next round's blocks confirm more
          }
        }
        await p.settle();
        return sent;
      },
      { n: o.paymentsPerRound, amount: o.amount },
    );
    await page.evaluate(() => window.pocket.fastForward(1000));
  }
  return page.evaluate(async (sent) => {
    await window.pocket.settle();
    await window.pocket.flush();
    const nodes = await window.pocket.getNodes();
    return { payments: sent, height: Math.min(...nodes.map((n) => n.height)), nodes: nodes.length };
  }, payments);
}
