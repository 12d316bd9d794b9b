/**
 * Helpers for the storage/offline specs (reload, two tabs, import/export,
 * sub-path, offline): a snapshot of everything the app keeps, read through
 * window.pocket (every node's chain tip, height, peers and pool, the wallets
 * and their balances), and a watcher for Content-Security-Policy violations.
 */
import { expect, type Page } from '@playwright/test';

export interface NodeSnapshot {
  readonly id: string;
  readonly label: string;
  readonly height: number;
  readonly tip: string;
  readonly peers: readonly string[];
  /** txids of the node's pool, sorted. */
  readonly pool: readonly string[];
  /** Hashes of its active chain, genesis first. */
  readonly chain: readonly string[];
}

export interface AppSnapshot {
  readonly selected: string;
  readonly nodes: readonly NodeSnapshot[];
  readonly wallets: readonly { label: string; address: string; confirmed: number; pending: number }[];
}

/** Reads every node (selecting each in turn, then the original one again). */
export async function snapshot(page: Page): Promise<AppSnapshot> {
  return page.evaluate(async () => {
    const p = window.pocket;
    const nodes = await p.getNodes();
    const selectedLabel = document.querySelector<HTMLSelectElement>('select[aria-label="Node every panel follows"]')?.value;
    const selected = selectedLabel ?? nodes[0]!.id;
    const out = [];
    for (const n of nodes) {
      await p.selectNode(n.id);
      const pool = (await p.getPool()).map((t) => t.txid).sort();
      const chain = (await p.getBlocks()).map((b) => b.hash);
      out.push({ id: n.id, label: n.label, height: n.height, tip: n.tip, peers: [...n.peers].sort(), pool, chain });
    }
    await p.selectNode(selected);
    // Reading selected each node in turn: let the last selection be saved before anything reloads.
    await p.flush();
    const wallets = (await p.getWallets()).map((w) => ({ label: w.label, address: w.address, confirmed: w.balance.confirmed, pending: w.balance.pending }));
    return { selected, nodes: out, wallets };
  });
}

/** Delivers every message in flight and waits until everything is written to storage. */
export async function settleAndFlush(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await window.pocket.settle();
    await window.pocket.flush();
  });
}

/** Records CSP violations (securitypolicyviolation events and console reports) from page load on. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleReports: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleReports.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => [...consoleReports, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

/** The pages' node selector in the header shows each node with its height. */
export async function expectHeaderHeight(page: Page, label: string, height: number): Promise<void> {
  await expect(page.getByRole('combobox', { name: 'Node every panel follows' }).getByRole('option', { name: `${label} · height ${height}` })).toBeAttached();
}
