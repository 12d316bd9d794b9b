import { describe, expect, it } from 'vitest';
import { SAVING_STATUS, memoryStatus } from '../../storage/index';
import { MAX_IMPORT_BYTES, checkImportFile, exportFileName, readWorkers, storageAdvice } from './settings-inputs';

describe('readWorkers', () => {
  it.each([
    ['3', 3],
    [' 1 ', 1],
    ['64', 64],
  ])('accepts %j', (text, n) => expect(readWorkers(text)).toEqual({ ok: true, value: n }));
  it.each([
    ['', /whole number from 1 to 64/],
    ['0', /from 1 to 64, not 0/],
    ['65', /not 65/],
    ['2.5', /whole number/],
    ['-1', /whole number/],
    ['four', /whole number/],
  ])('refuses %j naming the field', (text, message) => {
    const r = readWorkers(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^Mining workers: /);
      expect(r.message).toMatch(message);
    }
  });
});

describe('exportFileName', () => {
  const when = new Date('2024-05-01T10:20:30.456Z');
  it('has the seed, the time, and says when keys are inside', () => {
    expect(exportFileName('pocket-chain', when, false)).toBe('pocket-chain-pocket-chain-2024-05-01T10-20-30.json');
    expect(exportFileName('My Class: Monday!', when, true)).toBe('pocket-chain-my-class-monday-2024-05-01T10-20-30-with-keys.json');
    expect(exportFileName('***', when, false)).toBe('pocket-chain-state-2024-05-01T10-20-30.json');
  });
});

describe('checkImportFile', () => {
  it('refuses no file, an empty file and a huge one, and accepts the rest', () => {
    expect(checkImportFile(null)).toMatchObject({ ok: false });
    expect(checkImportFile({ name: 'a.json', size: 0 })).toEqual({ ok: false, message: '"a.json" is empty: nothing was changed.' });
    expect(checkImportFile({ name: 'b.json', size: MAX_IMPORT_BYTES + 1 })).toMatchObject({ ok: false, message: /too large/ });
    expect(checkImportFile({ name: 'c.json', size: 10 })).toEqual({ ok: true, value: true });
  });
});

describe('storageAdvice', () => {
  it('IndexedDB saving, with and without the persistence grant', () => {
    const a = storageAdvice(SAVING_STATUS, null, true);
    expect(a).toMatchObject({ where: 'IndexedDB', saving: true });
    expect(a.sentence).toMatch(/agreed to keep it/);
    expect(storageAdvice(SAVING_STATUS, null, false).sentence).toMatch(/may still clear it/);
  });
  it('memory: says nothing is saved and to export, and whether trying again can help', () => {
    const a = storageAdvice(memoryStatus('indexeddb-missing'), null, null);
    expect(a).toMatchObject({ where: 'Memory only', saving: false, canRetry: false });
    expect(a.sentence).toMatch(/nothing is being saved/);
    expect(a.todo).toMatch(/^Export a file .* normal \(not private\) window/);
    const full = storageAdvice(memoryStatus('quota-exceeded'), null, null);
    expect(full).toMatchObject({ saving: false, canRetry: true, todo: /Free some disk space/ });
    expect(storageAdvice(memoryStatus('write-failed'), null, null)).toMatchObject({ canRetry: true, todo: /try saving again/ });
  });
  it('a follower tab and damaged data say why nothing is saved', () => {
    expect(storageAdvice(SAVING_STATUS, 'other-tab', true)).toMatchObject({ saving: false, todo: /Close the other tab/ });
    expect(storageAdvice(SAVING_STATUS, 'damaged', true)).toMatchObject({ saving: false, todo: /Rebuild/ });
  });
});
