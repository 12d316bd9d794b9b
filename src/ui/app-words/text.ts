/**
 * The app layer's own sentences (its notices, the storage status, its
 * refusals of a value), by the key they arrive with. English is the app's
 * own (src/app/app-sentences.ts: window.pocket says it too); the other
 * languages are in text.<language>.ts.
 */
import { APP_SENTENCES } from '../../app/app-sentences';
import { areaText } from '../i18n/area-text';
import { poolNotice, type PoolNoticeValues } from '../../workers/pool-notices';

const english = {
  /** One sentence per key, given the values the app names. */
  sentences: APP_SENTENCES,
  /** The mining pool's notices, by template (values as the English notice wrote them). */
  poolNotices: {
    simdUnavailable: (v: PoolNoticeValues<'simdUnavailable'>) => poolNotice('simdUnavailable', v),
    gpuOwnWorker: (v: PoolNoticeValues<'gpuOwnWorker'>) => poolNotice('gpuOwnWorker', v),
    workerStopped: (v: PoolNoticeValues<'workerStopped'>) => poolNotice('workerStopped', v),
    gpuStopped: (v: PoolNoticeValues<'gpuStopped'>) => poolNotice('gpuStopped', v),
    gpuNotStarted: (v: PoolNoticeValues<'gpuNotStarted'>) => poolNotice('gpuNotStarted', v),
    workersNotStarted: (v: PoolNoticeValues<'workersNotStarted'>) => poolNotice('workersNotStarted', v),
    mainThread: (v: PoolNoticeValues<'mainThread'>) => poolNotice('mainThread', v),
  },
};

export type AppWordsText = typeof english;

export const text = areaText(english, {
  es: () => import('./text.es').then((m) => m.text),
  de: () => import('./text.de').then((m) => m.text),
  'zh-CN': () => import('./text.zh-CN').then((m) => m.text),
});
