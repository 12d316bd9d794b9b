import { describe, expect, it } from 'vitest';
import { checkLines } from './storage-checks';
import type { StoredChecks } from '../state/storage-state.svelte';

const base: StoredChecks = { startCheck: { nodes: 4, blocks: 24, depth: 6 }, verification: { phase: 'waiting' }, bodies: null };

describe('checkLines', () => {
  it('says what the start checked, and never calls the state verified before the full verification finished', () => {
    const waiting = checkLines(base);
    expect(waiting.atStart).toBe('At start: the last 6 blocks of each of 4 nodes were checked, signatures included, against their undo data and UTXO set (24 blocks).');
    expect(waiting.full).toBe('Full verification: not run yet.');
    const running = checkLines({ ...base, verification: { phase: 'running', blocks: 4500, total: 10000 } });
    expect(running.full).toBe('Full verification: replaying every block… 4,500 of 10,000 (45%).');
    expect(running.fullProgress).toEqual({ value: 4500, max: 10000 });
    expect(running.canVerify).toBe(false);
    for (const l of [waiting, running]) expect(`${l.full} ${l.atStart}`).not.toMatch(/✓|verified/i);
  });

  it('says done with ✓ only after a clean full verification, and ✗ with the count when it found damage', () => {
    const at = Date.UTC(2026, 11, 3, 12, 3, 4);
    const ok = checkLines({ ...base, verification: { phase: 'verified', blocks: 10000, nodes: 1, at, of: 'stored' } });
    expect(ok.full).toMatch(/^Full verification: ✓ done at \d\d:\d\d:\d\d\. Every node's UTXO set and undo data match a replay of its blocks \(10,000 blocks replayed for 1 node\)\.$/);
    expect(ok.fullTone).toBe('ok');
    const bad = checkLines({ ...base, verification: { phase: 'damaged', problems: 2, at } });
    expect(bad.full).toMatch(/✗ damage found at .* \(2 problems, listed at the top of the page\)\. Nothing was changed\.$/);
    expect(bad.fullTone).toBe('bad');
    expect(checkLines({ ...base, verification: { phase: 'failed', message: 'worker gone' } }).full).toBe('Full verification: ✗ could not run (worker gone).');
  });

  it('says a first visit\'s demo file was verified before it was saved, not that the stored copy was', () => {
    const at = Date.UTC(2026, 11, 3, 12, 3, 4);
    const lines = checkLines({ ...base, startCheck: null, verification: { phase: 'verified', blocks: 40, nodes: 4, at, of: 'demo-file' } });
    expect(lines.full).toMatch(
      /^Full verification: ✓ done at \d\d:\d\d:\d\d, on the demo file before it was saved: every node's UTXO set and undo data come from a replay of its blocks \(40 blocks replayed for 4 nodes\)\. “Verify everything now” replays the stored copy\.$/,
    );
    expect(lines.fullTone).toBe('ok');
    expect(lines.canVerify).toBe(true);
  });

  it('tells the block bodies being read, and a start that read nothing', () => {
    expect(checkLines({ ...base, bodies: { blocks: 512, total: 2000 } }).bodies).toBe("Block bodies: 512 of 2,000 read from storage. The simulation's clock waits for them.");
    expect(checkLines(base).bodies).toBeNull();
    expect(checkLines({ ...base, startCheck: null }).atStart).toMatch(/^At start: nothing was read from storage/);
  });
});
