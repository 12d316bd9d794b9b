/**
 * The full verification's phases as the page shows them: progress while it
 * runs, then its verdict, which nothing that arrives later may undo.
 */
import { describe, expect, it } from 'vitest';
import { AppEvents } from './app-events';
import { VerificationService, type Verifier } from './verification-service';
import type { VerifyProgress, VerifyReport } from '../storage/index';

const clean: VerifyReport = { nodes: 2, blocks: 10, problems: [] };

describe('VerificationService', () => {
  it('shows progress while it runs, then the verdict', async () => {
    let progress: ((p: VerifyProgress) => void) | undefined;
    let finish: ((r: VerifyReport) => void) | undefined;
    const service = new VerificationService((onProgress) => ((progress = onProgress), new Promise<VerifyReport>((resolve) => (finish = resolve))), new AppEvents(), () => undefined);
    const done = service.verifyNow();
    progress!({ blocks: 4, total: 10 });
    expect(service.phase).toEqual({ phase: 'running', blocks: 4, total: 10 });
    finish!(clean);
    await done;
    expect(service.phase).toMatchObject({ phase: 'verified', blocks: 10, nodes: 2 });
  });

  it('keeps its verdict when the last progress arrives after the result (a worker reports both on separate channels)', async () => {
    let late: (() => void) | undefined;
    const verifier: Verifier = (onProgress) => {
      late = () => onProgress({ blocks: 10, total: 10 });
      return Promise.resolve(clean);
    };
    const service = new VerificationService(verifier, new AppEvents(), () => undefined);
    await service.verifyNow();
    late!();
    expect(service.phase).toMatchObject({ phase: 'verified' });
  });

  it('keeps a damage verdict and reports the problems once, whatever arrives later', async () => {
    const problem = { code: 'undo-mismatch', store: 'undo', key: 'ab', message: 'the stored undo data differs' } as const;
    let late: (() => void) | undefined;
    const reported: unknown[] = [];
    const verifier: Verifier = (onProgress) => {
      late = () => onProgress({ blocks: 3, total: 10 });
      return Promise.resolve({ nodes: 1, blocks: 10, problems: [problem] });
    };
    const service = new VerificationService(verifier, new AppEvents(), (problems) => reported.push(...problems));
    await service.verifyNow();
    late!();
    expect(service.phase).toMatchObject({ phase: 'damaged', problems: 1 });
    expect(reported).toEqual([problem]);
  });

  it('keeps "could not run" when the verifier failed, whatever arrives later', async () => {
    let late: (() => void) | undefined;
    const verifier: Verifier = (onProgress) => {
      late = () => onProgress({ blocks: 1, total: 10 });
      return Promise.reject(new Error('the database is closed'));
    };
    const service = new VerificationService(verifier, new AppEvents(), () => undefined);
    await service.verifyNow();
    late!();
    expect(service.phase).toEqual({ phase: 'failed', message: 'the database is closed' });
  });
});
