/**
 * Schema upgrades, run inside IndexedDB's versionchange transaction: if any
 * step throws, the transaction aborts and the database stays at its old
 * version with its old data (nothing half-migrated).
 *
 *   0 -> 3  a new database: create the current stores.
 *   1 -> 2  the single-node first cut to schema 2 (migrate-v1.ts).
 *   2 -> 3  per-record nodes to checkpoints, undo data binary and shared
 *           (migrate-v2.ts). Each older database goes through every later step.
 *
 * The history of steps taken is kept in meta 'info' (new-schema.ts). A new
 * database needs none of this file: idb-store.ts loads it only for an older one.
 */
import type { IDBPDatabase } from 'idb';
import { migrateV1ToV2 } from './migrate-v1';
import { migrateV2ToV3 } from './migrate-v2';
import { createCurrentStores, recordSchema } from './new-schema';
import type { MigrationStep } from './schema';
import type { UpgradeTx } from './schema-v2';

export async function upgradeSchema(db: IDBPDatabase, oldVersion: number, tx: UpgradeTx): Promise<void> {
  const steps: MigrationStep[] = [];
  const at = new Date().toISOString();
  if (oldVersion > 0 && oldVersion < 2) {
    await migrateV1ToV2(db, tx, at);
    steps.push({ from: 1, to: 2, at });
  }
  if (oldVersion > 0 && oldVersion < 3) {
    await migrateV2ToV3(db, tx, at);
    steps.push({ from: 2, to: 3, at });
  }
  createCurrentStores(db);
  await recordSchema(tx, steps, at);
}
