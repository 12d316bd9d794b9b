/**
 * A first visit's slow part, begun by the page's first script
 * (src/early-start.ts, listed first in index.html) while the app's own
 * scripts are still loading: whether this browser has a database yet, and if
 * not, the tasks worker started beside the demo file's download and the file
 * checked in it (early-demo-check.ts). boot.ts takes what was begun here (the
 * same worker, the same check), so nothing runs twice; where the first script
 * did not run, boot's call begins it. On a visit that finds a database, no
 * worker starts and the demo is not fetched: the code that starts from the
 * stored state (storage/stored-start.ts, no part of a first visit) is fetched
 * and compiled instead, while the app's own scripts are still arriving.
 *
 * Only small modules are imported: this script must not wait for
 * the app's chunks.
 */
import demoUrl from 'virtual:pocket-demo';
import type { ImportResult } from '../storage/import-validate';
import { DB_NAME } from '../storage/schema';
import { earlyDemoCheck, noDatabaseYet, type EarlyDemoCheck } from './early-demo-check';
import { tasksWorkerOnFirstUse, type TasksRemote } from './tasks-worker';

export interface FirstVisitStart {
  /** The demo file, read and checked early on a first visit. */
  readonly demoFile: EarlyDemoCheck;
  /** The tasks worker: the one started early, or one started by this call; null when none can start. */
  readonly tasksWorker: () => Promise<TasksRemote | null>;
  /** Resolves true on a first visit (no database yet), false when there is one or the browser cannot say. */
  readonly firstVisit: Promise<boolean>;
}

export interface FirstVisitSources {
  /** Resolves true on a first visit (no database yet). */
  readonly firstVisit: Promise<boolean>;
  /** The tasks worker, started by its first call (the same one for every call). */
  readonly tasksWorker: () => Promise<TasksRemote | null>;
  /** The built demo file's text; null where the build wrote none. */
  readonly readDemo: () => Promise<string | null>;
  /** The import's validation on this thread, where the worker cannot start. */
  readonly validateHere: (text: string) => Promise<ImportResult>;
  /** Begins loading the code a start from stored state runs: called when a database exists (or the browser cannot say). */
  readonly loadStoredStart: () => void;
}

/** Begins a first visit's work from `s`: the worker's start and the demo file's download overlap, and the check needs both. */
export function beginFirstVisit(s: FirstVisitSources): FirstVisitStart {
  s.firstVisit.then(
    (first) => {
      if (first) void s.tasksWorker();
      else s.loadStoredStart();
    },
    () => undefined,
  );
  const demoFile = earlyDemoCheck(
    {
      read: s.readDemo,
      validateImport: async (text) => {
        const worker = await s.tasksWorker();
        return worker ? worker.validateImport(text) : s.validateHere(text);
      },
    },
    s.firstVisit,
  );
  return { demoFile, tasksWorker: s.tasksWorker, firstVisit: s.firstVisit.catch(() => false) };
}

async function readText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.text();
}

let begun: FirstVisitStart | null = null;

/** The page's first visit work, begun by the first call (the page's first script, else boot). */
export function firstVisitStart(): FirstVisitStart {
  begun ??= beginFirstVisit({
    firstVisit: noDatabaseYet(DB_NAME),
    tasksWorker: tasksWorkerOnFirstUse(),
    readDemo: () => (demoUrl === null ? Promise.resolve(null) : readText(demoUrl)),
    validateHere: async (text) => (await import('./tasks-here')).validateImport(text),
    // Only begun here (a bare import keeps this script small): boot asks storage/stored-start-code.ts for
    // the same module, which is then loaded or on its way, and a failure is said by the index's load.
    loadStoredStart: () => void import('../storage/stored-start').catch(() => undefined),
  });
  return begun;
}
