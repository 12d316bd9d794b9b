/**
 * The sentences of the Storage card's checks: what the start checked, where
 * the full verification is, and the block bodies still being read. A state is
 * called verified only once the full verification finished without damage, or
 * (said as such) a first visit's demo file was replayed before it was saved.
 */
import type { StoredChecks } from '../state/storage-state.svelte';
import { text } from './text';

export interface CheckLines {
  readonly atStart: string;
  readonly full: string;
  /** 'ok' and 'bad' carry a ✓ or ✗ in the text as well (never colour alone). */
  readonly fullTone: 'ok' | 'bad' | 'neutral';
  /** Progress of the running verification, for a progress bar; null when it does not run. */
  readonly fullProgress: { readonly value: number; readonly max: number } | null;
  readonly bodies: string | null;
  readonly canVerify: boolean;
}

export function checkLines(c: StoredChecks): CheckLines {
  const s = c.startCheck;
  const atStart = s ? text.checks.atStart(s.depth, s.nodes, s.blocks) : text.checks.nothingRead;
  const v = c.verification;
  let full: string;
  let fullTone: CheckLines['fullTone'] = 'neutral';
  let fullProgress: CheckLines['fullProgress'] = null;
  switch (v.phase) {
    case 'waiting':
      full = text.checks.notRun;
      break;
    case 'running':
      fullProgress = { value: v.blocks, max: Math.max(v.total, 1) };
      full = v.total > 0 ? text.checks.running(v.blocks, v.total, Math.floor((100 * v.blocks) / v.total)) : text.checks.reading;
      break;
    case 'verified':
      fullTone = 'ok';
      full = v.of === 'demo-file' ? text.checks.verifiedBeforeSaving(v.at, v.blocks, v.nodes) : text.checks.verified(v.at, v.blocks, v.nodes);
      break;
    case 'damaged':
      fullTone = 'bad';
      full = text.checks.damaged(v.at, v.problems);
      break;
    case 'failed':
      fullTone = 'bad';
      full = text.checks.failed(v.message);
      break;
  }
  const b = c.bodies;
  const bodies = b ? (b.total > 0 ? text.checks.bodies(b.blocks, b.total) : text.checks.bodiesStarting) : null;
  return { atStart, full, fullTone, fullProgress, bodies, canVerify: v.phase !== 'running' };
}
