/**
 * Reactive props for mounting ChainView from plain TypeScript: assigning
 * `props.blocks` later updates the mounted view, as the app's state would.
 * The block list is $state.raw: it is replaced, never mutated, so its 10,000
 * block objects need no deep proxies (a deep $state makes every read slow).
 */
import type { ChainViewBlock } from '../../src/ui/viz/index';

export interface ChainViewBenchProps {
  blocks: readonly ChainViewBlock[];
  readonly nodeName: string;
  readonly height: number;
}

export function reactiveProps(initial: ChainViewBenchProps): ChainViewBenchProps {
  let blocks = $state.raw(initial.blocks);
  return {
    get blocks() {
      return blocks;
    },
    set blocks(next) {
      blocks = next;
    },
    nodeName: initial.nodeName,
    height: initial.height,
  };
}
