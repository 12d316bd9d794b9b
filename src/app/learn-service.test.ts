import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, tickSteps, withStart } from '../learn/index';
import { LEDGER_START, ledgerTemplate, LEDGER_ZERO_HASH } from '../learn/lessons/ledger';
import { type ChainStore } from '../storage/index';
import { createMemoryStore } from '../storage/memory-store';
import { MiningPool } from '../workers/index';
import { inProcessWorkers } from '../workers/testing';
import { AppEvents } from './app-events';
import { LearnService } from './learn-service';

function service(store: ChainStore = createMemoryStore()) {
  const events = new AppEvents();
  const notices: string[] = [];
  events.on('notice', (n) => notices.push(`${n.level}: ${n.text}`));
  const pool = new MiningPool({ workers: 1, backendFactory: inProcessWorkers });
  return { learn: new LearnService(store, pool, events), notices, store, pool };
}

describe('LearnService', () => {
  it('saves the progress in its own record and reads it back', async () => {
    const { learn, store } = service();
    expect(await learn.loadProgress()).toEqual(EMPTY_PROGRESS);
    const progress = tickSteps(withStart(EMPTY_PROGRESS, 'lessons'), 'chain', ['edit']);
    await learn.saveProgress(progress);
    expect(await store.loadLearn()).toEqual({ start: 'lessons', lesson: null, done: { chain: ['edit'] } });
    expect(await service(store).learn.loadProgress()).toEqual(progress);
  });

  it('says so when the progress cannot be saved, and the lessons go on', async () => {
    const store = createMemoryStore();
    store.saveLearn = () => Promise.reject(new Error('the disk is full'));
    const { learn, notices } = service(store);
    await learn.saveProgress(EMPTY_PROGRESS);
    expect(notices).toEqual(['error: Your lesson progress could not be saved: the disk is full']);
  });

  it('mines a lesson block on the mining pool, as one job beside the others', async () => {
    const { learn, pool } = service();
    const template = ledgerTemplate(1, LEDGER_ZERO_HASH, LEDGER_START[0]!.data, 0x2000ffff);
    const mining = learn.miner.mine(template, 'lesson block');
    const mined = await mining.done;
    expect(mined?.block.header.prevHash).toBe(LEDGER_ZERO_HASH);
    expect(mining.progress().hashes).toBeGreaterThan(0);
    pool.dispose();
  });
});
