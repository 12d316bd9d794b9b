/** "Get coins" for a new wallet: a real payment from the richest other wallet, confirmed by a block like any other; the panel's order puts new wallets first. */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { balanceOf, spendableCoins } from '../core/index';
import { PocketApp } from './pocket-app';
import { regtestDemo } from './testing';
import { GIFT_UNITS } from './wallet-service';
import { displayOrder } from './wallet-book';
import type { PocketError } from './errors';

async function open() {
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  return PocketApp.open({ store: createMemoryStore(), pool, buildState: async (seed, params) => regtestDemo(seed, params) });
}

function refusal(f: () => unknown): PocketError {
  try {
    f();
  } catch (e) {
    return e as PocketError;
  }
  throw new Error('expected a refusal');
}

describe('get coins', () => {
  it('the richest other wallet pays a new wallet 10 coins; pending in the pool, then confirmed by a mined block', async () => {
    const app = await open();
    const zoe = app.wallets.create({ label: 'Zoe' });
    const chain = () => app.nodes.selected.chain;
    const spendable = (a: string) => spendableCoins(chain(), a).reduce((s, c) => s + c.coin.amount, 0);
    const richest = [...app.wallets.list].filter((w) => w !== zoe).sort((a, b) => spendable(b.address) - spendable(a.address))[0]!;

    const r = app.wallets.getCoins(zoe.address);
    expect(r.from.address).toBe(richest.address);
    expect(r.amount).toBe(GIFT_UNITS);
    expect(chain().mempool.has(r.txid)).toBe(true);
    expect(balanceOf(chain(), zoe.address)).toMatchObject({ confirmed: 0, pending: GIFT_UNITS });

    await app.mining.mineBlock(app.nodes.selected.id, richest.address);
    expect(balanceOf(chain(), zoe.address)).toMatchObject({ confirmed: GIFT_UNITS, pending: 0 });
  });

  it('refuses an address not kept here, and says what to do when no wallet can pay, changing nothing', async () => {
    const app = await open();
    expect(refusal(() => app.wallets.getCoins('1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).code).toBe('unknown-wallet');
    expect(refusal(() => app.wallets.getCoins(42 as unknown as string)).field).toBe('address');

    // A fresh state with only empty wallets: nobody can pay.
    const lone = await open();
    lone.wallets.adopt([]);
    const a = lone.wallets.create({ label: 'A' });
    lone.wallets.create({ label: 'B' });
    const pool = lone.nodes.selected.chain.mempool.size;
    const err = refusal(() => lone.wallets.getCoins(a.address));
    expect(err.code).toBe('insufficient-funds');
    expect(err.message).toMatch(/No other wallet here has coins it can spend now: mine a block/);
    expect(lone.nodes.selected.chain.mempool.size).toBe(pool);
  });

  it('the panel lists wallets made here first, newest first, then the demo wallets in their order', () => {
    const demo = (label: string) => ({ label, seed: 'pocket-chain/demo-wallet' });
    const list = [demo('Alice'), demo('Bob'), { label: 'Zoe', seed: undefined }, { label: 'Yan', seed: 'class' }];
    expect(displayOrder(list).map((w) => w.label)).toEqual(['Yan', 'Zoe', 'Alice', 'Bob']);
  });
});
