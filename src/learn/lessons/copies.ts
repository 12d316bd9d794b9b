/**
 * Lesson 4, many copies: three real nodes (Ana, Ben, Cleo) hold the same
 * chain. Cleo changes a block in her copy; her peers refuse it (its proof of
 * work fails) and ban her for a day, as Bitcoin Core does; she re-mines her
 * copy and, once the ban is over, runs her node on it; the two
 * versions have equal work, so every node keeps the one it saw first; then
 * Ana mines one more block, her chain has the most work, and Cleo's own node
 * switches to it. Nothing is decided by counting copies: the most work wins.
 */
import { assembleBlock, blockHash, decodeCoinbaseScript, hashToBigInt, headerHashBytes, bitsToTarget, type Block, type BlockTemplate } from '../../core/index';
import { injectBlock, type NodeLogEntry } from '../../sim/index';
import { ChangeNotifier, LessonInputError, readArray, readInteger, readObject, readString, type StepCheck } from '../lesson';
import { refusal } from '../lesson-input-sentences';
import { checkData } from './ledger';
import { LessonNetwork } from './lesson-network';

export const COPY_NODES = [
  { id: 'ana', label: 'Ana' },
  { id: 'ben', label: 'Ben' },
  { id: 'cleo', label: 'Cleo' },
] as const;
const HISTORY = [
  { node: 'ana', note: 'Alice → Bob 5' },
  { node: 'ben', note: 'Bob → Carol 2' },
  { node: 'ana', note: 'Carol → Dave 1' },
  { node: 'ben', note: 'Dave → Alice 4' },
];
const MAX_ACTIONS = 100;

export type CopiesAction =
  | { readonly t: 'edit'; readonly height: number; readonly data: string }
  | { readonly t: 'send' }
  | { readonly t: 'remine'; readonly height: number; readonly nonce: number }
  | { readonly t: 'run' }
  | { readonly t: 'mine'; readonly nonce: number };

export interface CopyBlock {
  readonly height: number;
  readonly data: string;
  readonly nonce: number;
  readonly prevHash: string;
  readonly hash: string;
  readonly valid: boolean;
  /** Differs from the block everyone else holds. */
  readonly changed: boolean;
  /** The block with nonce 0, for the miner. */
  readonly template: BlockTemplate;
  readonly block: Block;
}

export class CopiesLesson extends ChangeNotifier {
  readonly net: LessonNetwork;
  /** Blocks 1 to 4 as everyone holds them at the start. */
  readonly original: readonly Block[];
  /** Cleo's copy: data and nonce of blocks 1 to 4. */
  private copy: { data: string; nonce: number }[];
  /** Refusals of the blocks Cleo sent, from her peers' logs. */
  readonly refusals: NodeLogEntry[] = [];
  /** Her peers' log lines about misbehaviour (the ban) that followed. */
  readonly bans: NodeLogEntry[] = [];
  /** Cleo's node runs her copy (since "run"). */
  running = false;
  private readonly log: CopiesAction[] = [];

  constructor(seed: string) {
    super();
    this.net = new LessonNetwork({ seed, nodes: COPY_NODES, links: [['ana', 'ben'], ['ben', 'cleo'], ['cleo', 'ana']], history: HISTORY, wallets: ['Alice'] });
    const chain = this.net.network.node('ana').chain;
    this.original = chain.activeEntries().slice(1).map((e) => chain.getBlock(e.hash)!);
    this.copy = this.original.map((b) => ({ data: noteOf(b), nonce: b.header.nonce }));
  }

  get actions(): readonly CopiesAction[] {
    return this.log;
  }

  /** Cleo's copy, each block re-linked to the hash of the one before it as it is now. */
  copyBlocks(): CopyBlock[] {
    const out: CopyBlock[] = [];
    let prevHash = this.net.network.node('ana').chain.genesis.hash;
    this.original.forEach((orig, i) => {
      const cb = orig.txs[0]!;
      const template = assembleBlock({
        prevHash,
        height: i + 1,
        bits: orig.header.bits,
        time: orig.header.time,
        txs: orig.txs.slice(1),
        minerAddress: cb.outputs[0]!.address,
        subsidy: cb.outputs[0]!.amount,
        fees: 0,
        message: this.copy[i]!.data,
      });
      const header = { ...template.block.header, nonce: this.copy[i]!.nonce };
      const hash = blockHash(header);
      const valid = hashToBigInt(headerHashBytes(header)) <= bitsToTarget(header.bits);
      out.push({ height: i + 1, data: this.copy[i]!.data, nonce: this.copy[i]!.nonce, prevHash, hash, valid, changed: hash !== blockHash(orig.header), template, block: { header, txs: template.block.txs } });
      prevHash = hash;
    });
    return out;
  }

  private checkHeight(height: number): void {
    if (!Number.isInteger(height) || height < 1 || height > this.original.length) throw new LessonInputError('height', 'copyHeights', { max: this.original.length });
  }

  editCopy(height: number, data: string): void {
    this.checkHeight(height);
    if (this.running) throw new LessonInputError('data', 'copyRunning');
    checkData(data);
    if (this.copy[height - 1]!.data === data) return;
    this.copy[height - 1] = { ...this.copy[height - 1]!, data };
    this.log.push({ t: 'edit', height, data });
    this.changed();
  }

  /** Cleo sends the first block that differs in her copy to Ana and Ben, as it is now. */
  sendCopy(): void {
    const first = this.copyBlocks().find((b) => b.changed);
    if (!first) throw new LessonInputError('copy', 'copyUnchanged');
    this.net.beginAction();
    const seen = this.net.logs.length;
    injectBlock(this.net.network, 'cleo', first.block, ['ana', 'ben']);
    this.net.settle();
    for (const e of this.net.logs.slice(seen)) {
      if (e.kind === 'block-rejected' && e.hash === first.hash) this.refusals.push(e);
      if (e.kind === 'misbehavior' && e.peer === 'cleo') this.bans.push(e);
    }
    this.log.push({ t: 'send' });
    this.changed();
  }

  /** A nonce found for block `height` of Cleo's copy; refused unless it makes that block valid. */
  applyRemined(height: number, nonce: number): void {
    this.checkHeight(height);
    const b = this.copyBlocks()[height - 1]!;
    const header = { ...b.template.block.header, nonce };
    if (hashToBigInt(headerHashBytes(header)) > bitsToTarget(header.bits)) throw new LessonInputError('nonce', 'nonceInvalid', { nonce, block: height });
    this.copy[height - 1] = { ...this.copy[height - 1]!, nonce };
    this.log.push({ t: 'remine', height, nonce });
    this.changed();
  }

  /**
   * Cleo restarts her node from her (valid) copy and connects to Ana and Ben
   * again; if they banned her for the invalid block, she does so a day later,
   * when the ban is over (the simulation's clock moves on).
   */
  runCopy(): void {
    const blocks = this.copyBlocks();
    if (!blocks.some((b) => b.changed)) throw new LessonInputError('copy', 'copyUnchanged');
    const broken = blocks.find((b) => !b.valid);
    if (broken) throw new LessonInputError('copy', 'copyBlockInvalid', { height: broken.height });
    if (this.running) return;
    const net = this.net.network;
    this.net.beginAction();
    net.removeNode('cleo');
    net.addNode({ id: 'cleo', label: 'Cleo' });
    for (const b of blocks) {
      const r = net.submitBlock('cleo', b.block);
      if (r.status !== 'active') throw new Error(`Cleo's node refused block ${b.height} of her copy: ${r.code}`);
    }
    if (this.bans.length > 0) net.advance(net.limits.banMs + 60_000);
    net.registerPeers('cleo', ['ana', 'ben']);
    this.net.settle();
    this.running = true;
    this.log.push({ t: 'run' });
    this.changed();
  }

  /** The block Ana would mine now. */
  honestTemplate(): BlockTemplate {
    return this.net.template('ana');
  }

  /** Ana found a block: her node checks it and gossips it to everyone. */
  applyHonestMined(nonce: number): void {
    this.net.beginAction();
    const r = this.net.submitMined('ana', nonce);
    if (!r.accepted) throw new LessonInputError('nonce', 'nodeRefusedBlock', { node: 'Ana', refusal: refusal(r.code, r.message) });
    this.log.push({ t: 'mine', nonce });
    this.changed();
  }

  /** Cleo's node follows a chain without any of her changed blocks. */
  cleoBackOnOriginal(): boolean {
    const cleo = this.net.network.node('cleo').chain;
    return this.original.every((b) => cleo.isActive(blockHash(b.header)));
  }

  static replay(seed: string, actions: readonly CopiesAction[]): CopiesLesson {
    const l = new CopiesLesson(seed);
    actions.forEach((a, i) => {
      try {
        if (a.t === 'edit') l.editCopy(a.height, a.data);
        else if (a.t === 'send') l.sendCopy();
        else if (a.t === 'remine') l.applyRemined(a.height, a.nonce);
        else if (a.t === 'run') l.runCopy();
        else l.applyHonestMined(a.nonce);
      } catch (e) {
        if (e instanceof LessonInputError) throw new LessonInputError(`state.actions[${i}]`, 'stepDoesNotHold', { step: i + 1, problem: e });
        throw e;
      }
    });
    return l;
  }
}

function noteOf(b: Block): string {
  return decodeCoinbaseScript(b.txs[0]!.inputs[0]!.script).message;
}

export const COPIES_STEPS: readonly StepCheck<CopiesLesson>[] = [
  { id: 'tamper', done: (l) => l.copyBlocks().some((b) => b.changed) },
  { id: 'refused', done: (l) => l.refusals.length > 0 },
  { id: 'remined', done: (l) => l.copyBlocks().some((b) => b.changed) && l.copyBlocks().every((b) => b.valid) },
  { id: 'outworked', done: (l) => l.running && l.net.agreed() && l.cleoBackOnOriginal() },
];

export function copiesToData(l: CopiesLesson): Record<string, unknown> {
  return { actions: l.actions.map((a) => ({ ...a })) };
}

export function copiesFromData(raw: unknown, seed: string): CopiesLesson {
  const o = readObject(raw, 'state');
  const actions = readArray(o, 'actions', 'state', MAX_ACTIONS).map((r, i): CopiesAction => {
    const field = `state.actions[${i}]`;
    const a = readObject(r, field);
    const t = readString(a, 't', field, 10);
    if (t === 'edit') return { t, height: readInteger(a, 'height', field, 1, 4), data: readString(a, 'data', field, 40) };
    if (t === 'send' || t === 'run') return { t };
    if (t === 'remine') return { t, height: readInteger(a, 'height', field, 1, 4), nonce: readInteger(a, 'nonce', field, 0, 0xffffffff) };
    if (t === 'mine') return { t, nonce: readInteger(a, 'nonce', field, 0, 0xffffffff) };
    throw new LessonInputError(`${field}.t`, 'oneOf', { field: `${field}.t`, choices: ['edit', 'send', 'remine', 'run', 'mine'] });
  });
  return CopiesLesson.replay(seed, actions);
}
