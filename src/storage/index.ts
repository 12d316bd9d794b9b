/**
 * Persistence for Pocket Chain: every node's chain, pool and chainstate, the
 * wallets, the network config and the settings, in IndexedDB (through idb),
 * with an in-memory twin. Imports src/core and idb only.
 *
 *   store            ChainStore interface; NodeState, PersistedState, LoadResult, damage codes
 *   schema           the object stores, keys and indexes (one documented table), record types
 *   open-storage     openStorage(): IndexedDB or, if missing/refused/blocked, memory + status
 *   fallback-store   FallbackStore: switches to memory when storage fills up; status events
 *   idb-store        openIdbStore / deleteIdbDatabase (IndexedDB, migrations on open)
 *   memory-store     createMemoryStore (tests, no IndexedDB; import it from ./memory-store)
 *   node-state       nodeStateFromChain, toChainSnapshot, restoreNodes (+ UTXO check)
 *   stored-start-code storedStartCode(): loads the start from stored state (stored-start.ts: loadIndex,
 *                    start-nodes' indexedChain, checkRecentBlocks), which a first visit never runs
 *   fill-shelf       fillShelf: every stored body onto the shelf, in pages, after a start
 *   lazy-code        CodeLoadError: a part of storage's code loaded on demand could not be loaded
 *   block-shelf      BlockShelf: the nodes' shared block bodies, bounded parsed cache
 *   verify-stored    verifyStored: the full replay of every node, for a worker (import the file)
 *   export           exportToJson / buildExport (import the file: it loads with the first export)
 *   import-apply     applyImport: writes an import that passed validation
 *   import-validate  validateImport: pure, worker-ready full validation of an import file (import the file)
 *   import           importIntoStore: validate, then apply (import the file)
 *   tab-coordinator  TabCoordinator: one writer tab (Web Locks), followers (BroadcastChannel)
 *   coordinated-store CoordinatedStore: refuses writes in follower tabs, announces changes
 *   errors           StorageError codes and sentences
 */
export type {
  ChainStore,
  NodeState,
  MempoolItem,
  PersistedState,
  LoadResult,
  StorageProblem,
  DamageCode,
  RebuildReport,
  ConfigPatch,
  ReplaceOptions,
  NodeDelta,
  MaintenanceReport,
  IndexedNode,
  IndexedState,
  IndexLoadResult,
  BodiesPage,
  StateBuilder,
} from './store';
export { DB_NAME, SCHEMA_VERSION, LEGACY_NODE_ID, STORES, type JsonValue, type JsonObject, type QuarantineRecord } from './schema';
export { StorageError, STORAGE_ERRORS, isStorageError, isStorageUnusable, type StorageErrorCode } from './errors';
export { openStorage, requestPersistentStorage, storageEstimate, type OpenStorageOptions } from './open-storage';
export { FallbackStore, SAVING_STATUS, memoryStatus, type StorageStatus } from './fallback-store';
export { openIdbStore, openIdbBackend, deleteIdbDatabase, type IdbOpenOptions } from './idb-store';
// createMemoryStore (./memory-store) is not re-exported: the page loads it only when storage fails, and a
// re-export here would put it in the first load. Tests import it from ./memory-store.
export { RecordStore, type RecordStoreOptions } from './record-store';
export { nodeStateFromChain, toChainSnapshot, restoreNode, restoreNodes, verifyChain, verifyChains, acceptStoredPool, REPLAY_CLOCK, type RestoreOptions, type RestoredNodes } from './node-state';
// The start from stored state is no part of a first visit: it loads through storedStartCode, and its
// functions are not exported as values here (import them from ./start-nodes in tests and benches).
export { storedStartCode, type StoredStart } from './stored-start-code';
export { CodeLoadError } from './lazy-code';
export { fillShelf, type FillProgress } from './fill-shelf';
export { BlockShelf, DEFAULT_MAX_PARSED, type ShelfStats } from './block-shelf';
// The full replay (verifyStored), the import's validation (validateImport, importIntoStore) are
// not exported as values here: the page runs them in the tasks worker, and a value exported from
// this barrel would be loaded with every page. Import them from their files.
export type { VerifyOptions, VerifyProgress, VerifyReport, ReadSource } from './verify-stored';
// The export file's writer loads with the first export (app/state-file-service.ts): exported from here as a
// value, the dynamic import would find it in the page's first load. Import it from ./export.
export type { ExportOptions } from './export';
export { applyImport } from './import-apply';
export type { ImportOptions, ImportResult } from './import-validate';
export {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  IMPORT_ERRORS,
  PRIVATE_KEY_WARNING,
  ImportError,
  type ExportFile,
  type ImportErrorCode,
  type ImportProblem,
} from './export-format';
export {
  TabCoordinator,
  WRITER_LOCK,
  CHANGE_CHANNEL,
  type TabRole,
  type ChangeNotice,
  type ChangeKind,
  type LockManagerLike,
  type ChannelLike,
  type TabCoordinatorOptions,
} from './tab-coordinator';
export { CoordinatedStore } from './coordinated-store';
