/**
 * The whole state as a file: export (with or without the wallets' private
 * keys) and import. An import is validated completely first (in the tasks
 * worker: every block replayed), and only then replaces everything; a bad
 * file changes nothing and says what is wrong and where.
 */
import { said } from './app-sentences';
import { addVerifiedSignatures } from '../core/index';
import { applyImport } from '../storage/import-apply';
import { nodeStateFromChain } from '../storage/node-state';
import type { ChainStore, ImportResult, JsonObject, PersistedState } from '../storage/index';
import type { AppEvents } from './app-events';
import { PocketError } from './errors';
import { checkImportedNetwork } from './import-network-check';
import type { LifecycleService } from './lifecycle-service';
import type { MiningService } from './mining-service';
import type { NodeService } from './node-service';
import type { RulesService } from './rules-service';
import { settingsJson } from './settings';
import { engineSettingsJson } from './engine-settings';
import type { SettingsService } from './settings-service';
import type { WalletService } from './wallet-service';
import type { WriteGuard } from './write-guard';

/** The warning shown before private keys leave the page in an export file. */

export interface StateFileDeps {
  readonly store: ChainStore;
  /** Validates an import file completely (the page runs it in a worker). */
  readonly validateImport: (text: string) => Promise<ImportResult>;
  readonly guard: WriteGuard;
  readonly events: AppEvents;
  readonly nodes: NodeService;
  readonly rules: RulesService;
  readonly wallets: WalletService;
  readonly settings: SettingsService;
  readonly mining: MiningService;
  readonly lifecycle: LifecycleService;
}

export class StateFileService {
  constructor(private readonly d: StateFileDeps) {}

  /** The live state as storage and exports see it. */
  persistedState(): PersistedState {
    const network = this.d.nodes.network;
    return {
      params: this.d.rules.params,
      nodes: network.nodes().map((n) => nodeStateFromChain(n.id, n.chain)),
      wallets: this.d.wallets.list,
      network: network.config() as unknown as JsonObject,
      settings: settingsJson(this.d.settings.current),
    };
  }

  /**
   * The state as a JSON file; private keys only when asked for. The file's writer loads with the
   * first export, not with the page; the state is taken at the call, and a bad argument throws at once.
   */
  export(includeWallets = false): Promise<string> {
    if (typeof includeWallets !== 'boolean') throw new PocketError('bad-argument', 'includeWallets must be true or false.', 'includeWallets');
    const state = this.persistedState();
    return import('../storage/export').then(({ exportToJson }) => exportToJson(state, { includeWallets }));
  }

  /** Validates the file completely, then replaces everything; a bad file changes nothing. */
  async import(text: string): Promise<{ nodes: number; blocks: number; wallets: number }> {
    this.d.guard.assertWritable();
    if (typeof text !== 'string' || text.length === 0) throw new PocketError('import-invalid', 'The file is empty.');
    const result = await this.d.validateImport(text);
    if (!result.ok) {
      const where = result.problem.path ? ` (at ${result.problem.path})` : '';
      throw new PocketError('import-invalid', `${result.problem.message}${where}`);
    }
    checkImportedNetwork(result.state);
    // The validation verified the pools' signatures (in the tasks worker): the load below, which
    // accepts the same pools on this thread, finds those verdicts instead of verifying them again.
    addVerifiedSignatures(result.poolSignatures);
    await this.d.mining.stopMining();
    await this.d.lifecycle.flush();
    // The engine settings describe this device: another device's choice and figures do not come with the file.
    const engine = engineSettingsJson(this.d.settings.current);
    await applyImport(this.d.store, { ...result, state: { ...result.state, settings: { ...result.state.settings, ...engine } } });
    await this.d.lifecycle.load();
    this.d.events.notice('info', said('imported', { nodes: result.summary.nodes, blocks: result.summary.blocks }));
    return { nodes: result.summary.nodes, blocks: result.summary.blocks, wallets: this.d.wallets.list.length };
  }
}
