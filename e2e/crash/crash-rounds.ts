/**
 * Rounds of "pull the plug": each round opens the built app on the same
 * Chromium profile, waits for what the start runs in the background (block
 * bodies, the full verification) and checks what the last kill left (its verdict,
 * consistency.ts), then
 * mines continuously, makes payments and, every third round, splits the
 * network, mines on both sides and heals it (a reorg), while polling every
 * node's tip and flushing; at a random moment the browser is SIGKILLed.
 *
 * A block counts as shown as saved once pocket.flush() resolved after a poll
 * that read it (flush resolves when every change so far is in IndexedDB).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { openApp, openTab } from '../fixtures';
import { launchOnProfile } from './crash-browser';
import { consistencyProblems, type NodeSeen } from './consistency';

export interface CrashRunOptions {
  readonly rounds: number;
  readonly url: string;
  readonly profileDir: string;
  /** Seeds the choices (kill moments, payments, partitions); timings still vary with the machine. */
  readonly seed: number;
  readonly log: (line: string) => void;
}

export interface CrashRunResult {
  readonly rounds: number;
  readonly consistent: number;
  readonly problems: readonly string[];
}

/** mulberry32: a small seeded generator, so a failing run's choices can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export async function runCrashRounds(o: CrashRunOptions): Promise<CrashRunResult> {
  const rand = random(o.seed);
  const seen = new Map<string, NodeSeen>();
  const problems: string[] = [];
  let consistent = 0;
  let wallets: string[] | null = null;

  // Round r's check judges what round r-1's kill left; one more opening judges the last kill.
  for (let round = 1; round <= o.rounds + 1; round++) {
    const browser = await launchOnProfile(o.profileDir);
    const { page } = browser;
    // The page's errors and warnings, to say what it was doing when a check fails.
    const said: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') said.push(`${m.type()}: ${m.text().slice(0, 300)}`);
    });
    page.on('pageerror', (e) => said.push(`uncaught: ${e.message.slice(0, 300)}`));
    // What the kill left on disk, said when the reopening finds something missing (is it the browser or the app?).
    const onDisk = round > 1 ? indexedDbFiles(o.profileDir) : '';
    try {
      await openApp(page, { path: o.url });
      if (round > 1) {
        const found = await reopenedProblems(page, seen, wallets!).catch(async (e: Error) => {
          // The header's saving status says why it is not 'Saved' (not saving, read-only, or not there at all).
          const status = await page
            .locator('header [role="status"]')
            .first()
            .getAttribute('aria-label', { timeout: 1000 })
            .catch(() => null);
          // A 'damaged' start lists its problems in the banner: say which.
          const banner = await page
            .getByText('Stored data is damaged')
            .first()
            .locator('xpath=..')
            .innerText({ timeout: 1000 })
            .catch(() => null);
          throw new Error(
            `${e.message}\nThe saving status: ${status ?? '(none on the page)'}\nThe damage banner: ${banner?.slice(0, 1500) ?? '(none)'}\nThe page said:\n${said.join('\n') || '(nothing)'}`,
          );
        });
        // A start that found no database saves the first visit's demo over whatever was there.
        if (await page.evaluate(() => performance.getEntriesByName('pocket:demo-saved').length > 0)) {
          // Chromium deletes a database it finds damaged; the app then says the browser's words in a notice.
          const browserSaid = await page.getByText(/deleted it \(it said:/).first().textContent({ timeout: 1000 }).catch(() => null);
          found.unshift(browserSaid ? `the browser deleted the database as damaged: ${browserSaid}` : 'the page started as a first visit (it read an empty database) and saved the demo');
        }
        if (found.length === 0) consistent++;
        else {
          problems.push(...found.map((p) => `after kill ${round - 1}: ${p}`));
          o.log(`crash round ${round - 1}: IndexedDB files before the reopening:\n${onDisk}`);
        }
        const heights = await page.evaluate(async () => (await window.pocket.getNodes()).map((n) => n.height).join('/'));
        o.log(`crash round ${round - 1}: ${found.length === 0 ? 'consistent' : `${found.length} problems: ${found.slice(0, 3).join('; ')}`} (reopened at heights ${heights})`);
      }
      if (round > o.rounds) break;
      wallets ??= await page.evaluate(async () => (await window.pocket.getWallets()).map((w) => w.address));
      const killAfterMs = 1500 + rand() * 6000;
      const withReorg = round % 3 === 0;
      const steps = await activityUntilKilled(page, browser.kill, killAfterMs, withReorg, wallets, rand, seen);
      o.log(`crash round ${round}: killed after ${Math.round(killAfterMs)} ms, ${steps} saved polls${withReorg ? ', partition and heal' : ''}`);
    } finally {
      await browser.close();
    }
  }
  return { rounds: o.rounds, consistent, problems };
}

async function reopenedProblems(page: import('@playwright/test').Page, seen: ReadonlyMap<string, NodeSeen>, wallets: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  // The state as reopened, read at once: the simulation goes on mining while the checks below run.
  // (exportState waits for the block bodies, which the start reads in the background.)
  await expect(page.getByRole('status', { name: /^Saving status: Saved/ })).toBeVisible({ timeout: 30_000 });
  const { file, addresses } = await page.evaluate(async () => ({
    file: await window.pocket.exportState(),
    addresses: (await window.pocket.getWallets()).map((w) => w.address),
  }));
  // The start checked the last blocks; the full verification (every block replayed) runs in the
  // background: wait for its verdict.
  await openTab(page, 'Settings');
  const full = page.getByTestId('check-full');
  await expect(full).toHaveText(/^Full verification: [✓✗]/, { timeout: 180_000 });
  const verdict = (await full.textContent()) ?? '';
  if (!verdict.startsWith('Full verification: ✓ done')) out.push(`the background verification says: ${verdict}`);
  await expect(page.getByTestId('check-bodies')).toHaveCount(0, { timeout: 120_000 });
  await openTab(page, 'Chain');
  // Neither the start's check nor the verification reported damage.
  if ((await page.getByText('Stored data is damaged').count()) > 0) out.push('the app reports damaged data');
  if (JSON.stringify(addresses) !== JSON.stringify(wallets)) out.push('the wallets changed');
  out.push(...consistencyProblems(file, seen));
  return out;
}

function nodeSeen(seen: Map<string, NodeSeen>, id: string): NodeSeen {
  const s = seen.get(id) ?? { tips: new Set<string>(), saved: new Set<string>(), lastSavedTip: null };
  seen.set(id, s);
  return s;
}

/**
 * One step: heal if asked, a payment if given, then read every node's active chain
 * (its last block is the tip) and flush; once the flush resolves those blocks are saved.
 */
async function pollAndFlush(
  page: import('@playwright/test').Page,
  seen: Map<string, NodeSeen>,
  step: { from: string; to: string; amount: number; heal: boolean } | null,
): Promise<void> {
  const chains = await page.evaluate(async (step) => {
    const p = window.pocket;
    if (step?.heal) await p.heal();
    // A payment that cannot be made (no coins yet, all in the pool) is refused: that is fine here.
    if (step) await p.send(step.from, step.to, step.amount, 1000).catch(() => undefined);
    const nodes = await p.getNodes();
    const out = [];
    for (const n of nodes) {
      await p.selectNode(n.id);
      out.push({ id: n.id, chain: (await p.getBlocks()).map((b) => b.hash) });
    }
    await p.selectNode(nodes[0]!.id);
    return out;
  }, step);
  for (const c of chains) nodeSeen(seen, c.id).tips.add(c.chain[c.chain.length - 1]!);
  await page.evaluate(() => window.pocket.flush());
  for (const c of chains) {
    const s = nodeSeen(seen, c.id);
    for (const h of c.chain) s.saved.add(h);
    s.lastSavedTip = c.chain[c.chain.length - 1]!;
  }
}

/**
 * Mines, pays and polls until the kill at `killAfterMs` (a timer of its own, so it
 * lands anywhere: inside a payment, a block's save, a reorg). Polls read every node's
 * tip and active chain, then flush: once the flush resolves those blocks are saved.
 */
async function activityUntilKilled(
  page: import('@playwright/test').Page,
  kill: () => Promise<void>,
  killAfterMs: number,
  withReorg: boolean,
  wallets: readonly string[],
  rand: () => number,
  seen: Map<string, NodeSeen>,
): Promise<number> {
  let killed = false;
  let saved = 0;
  const killing = new Promise<void>((resolve) =>
    setTimeout(() => {
      killed = true;
      void kill().then(resolve);
    }, killAfterMs),
  );
  const pick = () => wallets[Math.floor(rand() * wallets.length)]!;
  try {
    // What the reopened app shows is the first state of this round.
    await pollAndFlush(page, seen, null);
    saved++;
    const nodes = await page.evaluate(async (miner) => {
      const p = window.pocket;
      const ids = (await p.getNodes()).map((n) => n.id);
      await p.startMining({ nodeId: ids[0]!, address: miner });
      return ids;
    }, pick());
    let step = 0;
    let healAt = -1;
    if (withReorg && nodes.length >= 2) {
      const half = Math.ceil(nodes.length / 2);
      const other = nodes[half] ?? nodes[1]!;
      const mined = await page.evaluate(
        async ({ groups, other, miner, blocks }) => {
          const p = window.pocket;
          await p.partition(groups);
          // The other side mines a branch of its own, so the heal reorganises one side.
          await p.selectNode(other);
          const hashes = [];
          for (let i = 0; i < blocks; i++) hashes.push(await p.mineBlock(miner).then((r) => r.hash, () => null));
          await p.selectNode(groups[0]![0]!);
          return hashes.filter((h) => h !== null);
        },
        { groups: [nodes.slice(0, half), nodes.slice(half)], other, miner: pick(), blocks: 1 + Math.floor(rand() * 3) },
      );
      for (const h of mined) nodeSeen(seen, other).tips.add(h);
      healAt = 2 + Math.floor(rand() * 4);
    }
    while (!killed) {
      step++;
      await pollAndFlush(page, seen, { from: pick(), to: pick(), amount: 1000 + Math.floor(rand() * 5_000_000), heal: step === healAt });
      saved++;
    }
  } catch (e) {
    // The kill interrupts whatever the page was doing; any other failure is the test's.
    if (!killed) throw e;
  }
  await killing;
  return saved;
}

/** The profile's IndexedDB files with their sizes, one per line. */
function indexedDbFiles(profileDir: string): string {
  const root = join(profileDir, 'Default', 'IndexedDB');
  try {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
    return files.map((f) => `  ${f} ${statSync(join(root, f)).size}`).join('\n') || '  (empty)';
  } catch (e) {
    return `  (${(e as Error).message})`;
  }
}
