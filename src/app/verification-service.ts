/**
 * The stored state's checks, as the page tells them: at start the last blocks
 * of every node were checked (Core's -checkblocks), and the full verification
 * (every block replayed, every undo record and UTXO set compared) then runs in
 * the background, in a worker where storage is IndexedDB. Damage it finds is
 * reported exactly as damage found at load (the data is kept, the tab stops
 * saving, Rebuild and Reset are offered). Nothing is called verified before
 * the full verification has finished without finding anything, with one
 * exception that is said as such: a first visit's demo file, replayed block
 * by block by the import's validation and saved as that replay gave it
 * (`checkedBeforeSaving`), is not replayed a second time right after; the
 * page says it was verified before it was saved, and "verify everything now"
 * (or the next start) replays the stored copy.
 */
import type { StorageProblem, VerifyProgress, VerifyReport } from '../storage/index';
import type { AppEvents } from './app-events';

/** Runs the full verification of what is stored (in a worker, or here), reporting progress. */
export type Verifier = (onProgress: (p: VerifyProgress) => void) => Promise<VerifyReport>;

export type VerificationPhase =
  | { readonly phase: 'waiting' }
  | { readonly phase: 'running'; readonly blocks: number; readonly total: number }
  | {
      readonly phase: 'verified';
      readonly blocks: number;
      readonly nodes: number;
      readonly at: number;
      /** What was replayed: the stored records, or the demo file before it was saved. */
      readonly of: 'stored' | 'demo-file';
    }
  | { readonly phase: 'damaged'; readonly problems: number; readonly at: number }
  | { readonly phase: 'failed'; readonly message: string };

/** What the start checked (the last blocks of each node). */
export interface StartCheck {
  readonly nodes: number;
  readonly blocks: number;
  readonly depth: number;
}

/** The verdict of a demo file's check (prebuilt-demo.ts), with what it replayed. */
export interface DemoFileCheck {
  readonly ok: boolean;
  /** Blocks replayed, summed over the nodes. */
  readonly blocks: number;
  readonly nodes: number;
}

const PROGRESS_MS = 250;

export class VerificationService {
  private phaseValue: VerificationPhase = { phase: 'waiting' };
  private startCheckValue: StartCheck | null = null;
  /** Bumped by every load and run: a report for an older one is dropped. */
  private run = 0;

  constructor(
    private readonly verifier: Verifier,
    private readonly events: AppEvents,
    /** Damage found: reported as load reports it. */
    private readonly onDamage: (problems: readonly StorageProblem[]) => void,
  ) {}

  get phase(): VerificationPhase {
    return this.phaseValue;
  }

  get startCheck(): StartCheck | null {
    return this.startCheckValue;
  }

  /** A new state was loaded (its start check given): whatever ran before is about another state. */
  loaded(startCheck: StartCheck | null): void {
    this.run++;
    this.startCheckValue = startCheck;
    this.phaseValue = { phase: 'waiting' };
    this.events.changed(['storage']);
  }

  /**
   * The state just loaded is a demo file that the import's validation replayed
   * (`check`: its verdict, blocks replayed and nodes) and that was saved as that
   * replay gave it: verified, said as verified before saving. Only an accepted
   * check counts; anything else leaves the phase as it is.
   */
  checkedBeforeSaving(check: DemoFileCheck): void {
    if (!check.ok || !Number.isInteger(check.blocks) || check.blocks < 0 || !Number.isInteger(check.nodes) || check.nodes < 1) return;
    this.run++;
    this.phaseValue = { phase: 'verified', blocks: check.blocks, nodes: check.nodes, at: Date.now(), of: 'demo-file' };
    this.events.changed(['storage']);
  }

  /** Runs the full verification (again, if it ran); resolves with what it found. */
  async verifyNow(): Promise<VerificationPhase> {
    const run = ++this.run;
    this.phaseValue = { phase: 'running', blocks: 0, total: 0 };
    this.events.changed(['storage']);
    let announced = 0;
    // Progress comes over its own message channel (the worker's callback), so it can arrive
    // after the result did: once the run has its verdict, a late progress must not undo it.
    let finished = false;
    try {
      const report = await this.verifier((p) => {
        if (run !== this.run || finished) return;
        this.phaseValue = { phase: 'running', blocks: p.blocks, total: p.total };
        if (performance.now() - announced > PROGRESS_MS) {
          announced = performance.now();
          this.events.changed(['storage']);
        }
      });
      finished = true;
      if (run !== this.run) return this.phaseValue;
      if (report.problems.length > 0) {
        this.phaseValue = { phase: 'damaged', problems: report.problems.length, at: Date.now() };
        this.onDamage(report.problems);
      } else {
        this.phaseValue = { phase: 'verified', blocks: report.blocks, nodes: report.nodes, at: Date.now(), of: 'stored' };
      }
    } catch (e) {
      finished = true;
      if (run !== this.run) return this.phaseValue;
      this.phaseValue = { phase: 'failed', message: (e as Error).message };
    }
    this.events.changed(['storage']);
    return this.phaseValue;
  }
}
