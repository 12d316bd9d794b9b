/**
 * The app layer's own sentences (its notices, the storage status, its
 * refusals of a value), by the key they arrive with. English is the app's
 * own (src/app/app-sentences.ts: window.pocket says it too); the other
 * languages are in text.<language>.ts.
 */
import { APP_SENTENCES } from '../../app/app-sentences';
import { areaText } from '../i18n/area-text';
import { poolNotice, type PoolNoticeValues } from '../../api/types';
import type { DamageCode, StorageProblem } from '../../storage/store';

/** English says the storage layer's own sentence: no second English text to load with the first screen. */
const asStored = (p: StorageProblem) => p.message;

const english = {
  /** One sentence per key, given the values the app names. */
  sentences: APP_SENTENCES,
  /** The mining pool's notices, by template (values as the English notice wrote them). */
  poolNotices: {
    simdUnavailable: (v: PoolNoticeValues<'simdUnavailable'>) => poolNotice('simdUnavailable', v),
    gpuOwnWorker: () => poolNotice('gpuOwnWorker', {}),
    workerStopped: (v: PoolNoticeValues<'workerStopped'>) => poolNotice('workerStopped', v),
    gpuStopped: (v: PoolNoticeValues<'gpuStopped'>) => poolNotice('gpuStopped', v),
    gpuNotStarted: (v: PoolNoticeValues<'gpuNotStarted'>) => poolNotice('gpuNotStarted', v),
    workersNotStarted: (v: PoolNoticeValues<'workersNotStarted'>) => poolNotice('workersNotStarted', v),
    mainThread: (v: PoolNoticeValues<'mainThread'>) => poolNotice('mainThread', v),
  },
  /** A damaged-storage problem by its code (the banner's list). */
  damage: {
    'params-missing': asStored,
    'params-invalid': asStored,
    'record-unparseable': asStored,
    'block-missing': asStored,
    'block-unparseable': asStored,
    'block-hash-mismatch': asStored,
    'tip-missing': asStored,
    'undo-missing': asStored,
    'undo-mismatch': asStored,
    'restore-failed': asStored,
    'utxo-mismatch': asStored,
    'mempool-refused': asStored,
    'wallet-invalid': asStored,
  } satisfies Record<DamageCode, (p: StorageProblem) => string>,
};

export type AppWordsText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
