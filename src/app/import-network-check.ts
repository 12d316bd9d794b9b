/**
 * An import replaces everything, so the file's network section must be one the
 * app can restore before anything is written. Storage validates the chains but
 * carries the network section as opaque JSON; restoring a section it cannot use
 * would leave the user's state replaced and the tab showing a damaged demo. So:
 * the config must pass the same check a restore runs, name exactly the file's
 * nodes, and start from the nodes' genesis block.
 */
import { blockFromHex, hashOfBlock } from '../core/index';
import { validateNetworkConfig, type NetworkConfig } from '../sim/index';
import type { PersistedState } from '../storage/index';
import { PocketError } from './errors';

const refuse = (why: string) => new PocketError('import-invalid', `The file's network section cannot be restored: ${why}.`);

export function checkImportedNetwork(state: PersistedState): void {
  let config: NetworkConfig;
  try {
    config = validateNetworkConfig(state.network);
  } catch (e) {
    throw refuse((e as Error).message);
  }
  const inFile = new Set(state.nodes.map((n) => n.id));
  const configured = new Set(config.nodes.map((n) => n.id));
  const unconfigured = [...inFile].filter((id) => !configured.has(id));
  if (unconfigured.length > 0) throw refuse(`it does not configure node ${unconfigured.join(', ')} of the file`);
  const missing = [...configured].filter((id) => !inFile.has(id));
  if (missing.length > 0) throw refuse(`it configures node ${missing.join(', ')}, which the file does not hold`);
  let genesis: string;
  try {
    genesis = hashOfBlock(blockFromHex(config.genesisHex));
  } catch (e) {
    throw refuse(`its genesis block does not decode (${(e as Error).message})`);
  }
  const other = state.nodes.find((n) => n.blocks[0] && hashOfBlock(n.blocks[0]) !== genesis);
  if (other) throw refuse(`its genesis block is not the genesis of node ${other.id}`);
}
