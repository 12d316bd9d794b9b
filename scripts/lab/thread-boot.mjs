// A worker thread of scripts/lab/node-pool.ts: TypeScript through tsx, then the lab's task runner.
import { register } from 'tsx/esm/api';

register();
await import('./thread.ts');
