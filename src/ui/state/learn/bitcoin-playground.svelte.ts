/**
 * Lesson 11's playground: the header inspector (a bundled real header or a
 * pasted one) and the Merkle tool (root from txids, proofs made and checked).
 */
import {
  BITCOIN_START, BITCOIN_STEPS, BUNDLED_HEADERS, bitcoinFromData, bitcoinToData, checkProofForm, fieldOfByte, inspectHeader,
  makeProof, merkleTool, withTxidsText, type BitcoinState, type HeaderInspection, type MerkleToolResult, type ProofForm,
} from '../../../learn/lessons/bitcoin';
import { doneSteps, isLessonInputError } from '../../../learn/index';
import { lessonInputSentence } from '../../learn/input-errors/lesson-input-sentence';
import type { LessonContext, Playground, PlaygroundFactory } from './playground';

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string } | null;

function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!isLessonInputError(e)) throw e;
    return { ok: false, error: lessonInputSentence(e) };
  }
}

export class BitcoinPlayground implements Playground {
  state = $state.raw<BitcoinState>(BITCOIN_START);
  proofIndex = $state(0);

  readonly headers = BUNDLED_HEADERS;
  readonly done = $derived(doneSteps(BITCOIN_STEPS, this.state));
  readonly inspection: Outcome<HeaderInspection> = $derived(this.state.headerText.trim() === '' ? null : attempt(() => inspectHeader(this.state.headerText)));
  readonly merkle: Outcome<MerkleToolResult> = $derived(attempt(() => merkleTool(this.state.txidsText)));
  readonly proofValid: Outcome<boolean> = $derived(this.state.proof.txid === '' ? null : attempt(() => checkProofForm(this.state.proof)));
  /** The changed bytes of the inspected header against its bundled original, with the field of each. */
  readonly changes = $derived.by(() => {
    const r = this.inspection;
    if (!r?.ok || !r.value.nearest) return [];
    return r.value.nearest.changedBytes.map((i) => ({ byte: i, field: fieldOfByte(i) }));
  });

  constructor(_ctx: LessonContext, start: BitcoinState) {
    this.state = start;
  }

  pickHeader(id: string): void {
    const h = this.headers.find((x) => x.id === id);
    if (h) this.state = { ...this.state, headerText: h.headerHex };
  }

  setHeaderText(text: string): void {
    this.state = { ...this.state, headerText: text };
  }

  /** Changes the header's last byte (part of the nonce) by one, as a quick way to see the proof of work fail. */
  changeOneByte(): void {
    const hex = this.state.headerText.replace(/\s+/g, '');
    if (!/^[0-9a-fA-F]{160}$/.test(hex)) return;
    const last = (parseInt(hex.slice(158), 16) + 1) % 256;
    this.setHeaderText(hex.slice(0, 158) + last.toString(16).padStart(2, '0'));
  }

  setTxidsText(text: string): void {
    this.state = withTxidsText(this.state, text);
  }

  makeProof(): void {
    const m = this.merkle;
    if (!m?.ok) return;
    const index = Math.min(Math.max(0, this.proofIndex), m.value.txids.length - 1);
    this.state = { ...this.state, proof: makeProof(m.value.txids, index) };
  }

  setProof(field: keyof ProofForm, value: string): void {
    this.state = { ...this.state, proof: { ...this.state.proof, [field]: value } };
  }

  toData(): Record<string, unknown> {
    return bitcoinToData(this.state);
  }

  dispose(): void {}
}

export const factory: PlaygroundFactory = {
  create: (ctx, data) => new BitcoinPlayground(ctx, data === null ? BITCOIN_START : bitcoinFromData(data)),
};
