/**
 * "Why is this block valid?" for the block explorer: core's blockReport run
 * with the context the node had (parent entry, the coins as they were before
 * the block, the node's clock), and the checks summed up. Loaded with the
 * first block opened (core's block-report with it). Pure: tested in Node.
 */
import { hashOfBlock, type Block, type Blockchain, type ConsensusParams, type HeaderChainLink } from '../../../core/index';
import { blockReport, coinsFromUndo, type BlockCheck } from '../../../core/block-report';

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
