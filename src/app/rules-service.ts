/**
 * The consensus rules the running chain follows, and a teacher's changes to
 * them: a difficulty (bits) or a block reward from the next block of the
 * selected node on, applied to every node and saved. Miners pick the change
 * up at once (see PocketApp, which wires `onChange`). The checks themselves
 * are in teacher-rules.ts.
 */
import { withOverride, type ConsensusParams } from '../core/index';
import type { AppEvents } from './app-events';
import type { NodeService } from './node-service';
import type { StateWriter } from './state-writer';
import { checkTeacherBits, checkTeacherReward } from './teacher-rules';
import type { WriteGuard } from './write-guard';

export class RulesService {
  private current: ConsensusParams | null = null;

  constructor(
    private readonly nodes: NodeService,
    private readonly guard: WriteGuard,
    private readonly writer: StateWriter,
    private readonly events: AppEvents,
    /** After a change every node follows: running miners restart on the new rules. */
    private readonly onChange: () => void,
  ) {}

  get params(): ConsensusParams {
    if (!this.current) throw new Error('no chain is loaded yet');
    return this.current;
  }

  /** The params of a loaded state. */
  adopt(params: ConsensusParams): void {
    this.current = params;
  }

  /** A teacher's difficulty from the next block of the selected node on, for every node. */
  setDifficulty(bits: number): { height: number; bits: number } {
    this.guard.assertWritable();
    checkTeacherBits(bits, this.params);
    const height = this.nodes.selected.height + 1;
    this.apply(withOverride(this.params, { height, bits }));
    return { height, bits };
  }

  /** A teacher's block reward (base units) from the next block of the selected node on. */
  setReward(units: number): { height: number; reward: number } {
    this.guard.assertWritable();
    checkTeacherReward(units);
    const height = this.nodes.selected.height + 1;
    this.apply(withOverride(this.params, { height, reward: units }));
    return { height, reward: units };
  }

  private apply(params: ConsensusParams): void {
    this.current = params;
    this.nodes.network.setParams(params);
    void this.writer.saveParams(params);
    this.onChange();
    this.events.changed(['nodes', 'mining', 'settings']);
  }
}
