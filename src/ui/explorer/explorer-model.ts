/**
 * What the block explorer shows for one block of one node: the block and where
 * it sits in the node's tree (active chain, side branch, orphan), its JSON view
 * (input values from the node's undo data), and "why is this block valid?":
 * core's blockReport run with the context the node had (parent entry, the coins
 * as they were before the block, the node's clock). Pure: tested in Node.
 */
import {
  blockReport,
  coinsFromUndo,
  hashOfBlock,
  type Block,
  type BlockCheck,
  type Blockchain,
  type ConsensusParams,
  type HeaderChainLink,
} from '../../core/index';
import { blockToJson } from '../../api/json';
import type { BlockJson } from '../../api/types';

export type BlockPlace = 'active' | 'side-branch' | 'orphan';

export interface ExplorerBlock {
  readonly hash: string;
  readonly block: Block;
  readonly place: BlockPlace;
  readonly json: BlockJson;
  readonly isGenesis: boolean;
}

const HASH64 = /^[0-9a-f]{64}$/;

/** The block `hash` as `chain` knows it, or null when the node does not have it. */
export function findExplorerBlock(chain: Blockchain, hash: string): ExplorerBlock | null {
  if (!chain || !chain.tree) throw new TypeError('chain must be a Blockchain');
  if (typeof hash !== 'string' || !HASH64.test(hash)) return null;
  const inTree = chain.getBlock(hash);
  const block =
    inTree ??
    (chain.tree.hasOrphan(hash)
      ? chain.tree.orphanBlocks().find((b) => hashOfBlock(b) === hash)
      : undefined);
  if (!block) return null;
  const place: BlockPlace = !inTree ? 'orphan' : chain.isActive(hash) ? 'active' : 'side-branch';
  const entry = chain.tree.get(hash);
  return { hash, block, place, json: blockToJson(chain, block), isGenesis: entry?.height === 0 };
}

/** The context a node validated the block in; coins are at hand only for a block on its active chain. */
export function reportContext(
  chain: Blockchain,
  hash: string,
  block: Block,
): { parent?: HeaderChainLink; coinsBefore?: ReturnType<typeof coinsFromUndo> } {
  const entry = chain.tree.get(hash);
  const parent = entry ? entry.parent : chain.tree.get(block.header.prevHash);
  const undo = chain.isActive(hash) ? chain.getUndo(hash) : undefined;
  return {
    ...(parent ? { parent } : {}),
    ...(undo ? { coinsBefore: coinsFromUndo(undo.spent) } : {}),
  };
}

/**
 * Every check of `block` (the node's own, or a tampered copy judged in the
 * original's place) as the node would run them now. The genesis block has no
 * parent: it is valid because the chain's parameters name it, which is said
 * instead of a "parent unknown" failure. `params` are the rules to judge by
 * (the chain's own unless given).
 */
export function explainBlock(
  chain: Blockchain,
  hash: string,
  block: Block = chain.getBlock(hash)!,
  params: ConsensusParams = chain.params,
): BlockCheck[] {
  if (!block) throw new TypeError(`the node has no block ${String(hash)}`);
  const ctx = reportContext(chain, hash, block);
  const checks = blockReport(block, { params, now: chain.clock(), ...ctx });
  const entry = chain.tree.get(hash);
  if (entry?.height === 0 && hashOfBlock(block) === hash) {
    return checks.map((c) =>
      c.id === 'parent'
        ? {
            id: 'genesis',
            label:
              "It is the genesis block: fixed by the chain's parameters, it has no parent and spends nothing",
            passed: true,
            detail: 'height 0',
          }
        : c,
    );
  }
  return checks;
}

export type CheckState = 'pass' | 'fail' | 'not-checked';

/** A failed check without a reason code is one the report could not run (e.g. coins not at hand), not a rule broken. */
export function checkState(c: BlockCheck): CheckState {
  if (c.passed) return 'pass';
  return c.code ? 'fail' : 'not-checked';
}

export interface ReportSummary {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly notChecked: number;
  /** The first broken rule: the reason code a node would reject the block with. */
  readonly firstFailure: BlockCheck | null;
}

export function summarizeReport(checks: readonly BlockCheck[]): ReportSummary {
  const failed = checks.filter((c) => checkState(c) === 'fail');
  const notChecked = checks.filter((c) => checkState(c) === 'not-checked');
  const passed = checks.length - failed.length - notChecked.length;
  const firstFailure = failed[0] ?? null;
  return {
    total: checks.length,
    passed,
    failed: failed.length,
    notChecked: notChecked.length,
    firstFailure,
  };
}
