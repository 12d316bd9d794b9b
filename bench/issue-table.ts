/**
 * The "fast at any size" table: the figures the storage, start, layout and
 * relay goals are judged by, gathered from the sections of one `npm run bench`
 * run and printed together at its end, each next to the old path where one is
 * measured in the same run. A section adds its figures with `ctx.figure`; a row
 * whose section did not run (a filtered run) says so.
 */

export type IssueFigure = 'first-load' | 'first-visit' | 'commit' | 'start-10k' | 'start-sim' | 'bytes' | 'new-block' | 'relay';

interface RowSpec {
  readonly key: IssueFigure;
  readonly title: string;
  readonly goal: string;
  /** The bench section that measures it (`npm run bench <section>`). */
  readonly section: string;
}

export const ISSUE_ROWS: readonly RowSpec[] = [
  { key: 'first-load', title: 'JS and WebAssembly a first visit downloads (gzip)', goal: '<= 150 KB, then 100', section: 'first-load' },
  { key: 'first-visit', title: 'first visit: navigation to a usable page', goal: '< 0.8 s', section: 'first-load' },
  { key: 'commit', title: 'commit one block (one IndexedDB transaction, 10 payments)', goal: '<= 2 ms', section: 'storage' },
  { key: 'start-10k', title: 'app start with 10,000 blocks / 100,000 payments', goal: '< 1 s to a usable page', section: 'storage' },
  { key: 'start-sim', title: 'start of the built app: Simulation chain of 2,000 blocks vs the demo', goal: '<= 1.5x the demo', section: 'app-start' },
  { key: 'bytes', title: 'IndexedDB bytes vs canonical block bytes', goal: '<= 1.5x', section: 'storage' },
  { key: 'new-block', title: 'new block on a 10,850-block tree, to the next frame', goal: '< 8 ms', section: 'chain-view' },
  { key: 'relay', title: 'longest main-thread task per relayed block (10 payments, x1)', goal: 'under 50 ms at 64 nodes', section: 'relay' },
];

export interface FigureEntry {
  /** What this line measures, when a row has several (sizes, parts). */
  readonly label?: string;
  readonly now: string;
  /** The old path, measured in the same run. */
  readonly old?: string;
}

export class IssueTable {
  private readonly entries = new Map<IssueFigure, FigureEntry[]>();

  add(key: IssueFigure, entry: FigureEntry): void {
    if (!ISSUE_ROWS.some((r) => r.key === key)) throw new RangeError(`no issue table row "${key}"`);
    const list = this.entries.get(key) ?? [];
    list.push(entry);
    this.entries.set(key, list);
  }

  get empty(): boolean {
    return this.entries.size === 0;
  }

  /** The table as text lines: title, goal, then each figure (old path → now). */
  lines(header: string): string[] {
    const out = [``, `=== Fast at any size: the issue's table (${header})`];
    for (const row of ISSUE_ROWS) {
      out.push(``, `${row.title}  [goal ${row.goal}]`);
      const list = this.entries.get(row.key);
      if (!list) {
        out.push(`  not measured in this run (npm run bench ${row.section})`);
        continue;
      }
      const width = Math.max(0, ...list.map((e) => (e.label ?? '').length));
      for (const e of list) {
        const label = e.label ? `${e.label.padEnd(width)}  ` : '';
        out.push(`  ${label}${e.old ? `old ${e.old}  ->  now ${e.now}` : e.now}`);
      }
    }
    return out;
  }
}
