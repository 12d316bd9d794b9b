/**
 * The default link settings form of the Network panel: latency and jitter in
 * milliseconds, loss in percent, typed as text. Each field gets its own
 * message; nothing is applied unless all three are good. The limits are the
 * app's (the node service's setLatency): 0 to 60,000 ms, loss at least 0 and below 1.
 */
import { text } from './text';

export interface LinkFormInput {
  readonly latency: string;
  readonly jitter: string;
  /** Percent, e.g. "2.5". */
  readonly lossPercent: string;
}

export interface LinkFormValue {
  readonly latencyMs: number;
  readonly jitterMs: number;
  /** Probability in [0, 1). */
  readonly loss: number;
}

export type LinkFormErrors = Partial<Record<keyof LinkFormInput, string>>;

export type LinkFormResult =
  | { readonly ok: true; readonly value: LinkFormValue }
  | { readonly ok: false; readonly errors: LinkFormErrors };

export const MAX_DELAY_MS = 60_000;

/** A plain decimal number (no exponent, hex, or spaces inside); NaN otherwise. */
function decimal(typed: string): number {
  const t = typed.trim();
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

function delayError(typed: string, what: string): string | undefined {
  if (typed.trim() === '') return text.link.delayEmpty(what);
  const v = decimal(typed);
  if (Number.isNaN(v)) return text.link.delayNumber(what);
  if (v < 0) return text.link.delayNegative(what);
  if (v > MAX_DELAY_MS) return text.link.delayMax(what);
  return undefined;
}

export function parseLinkForm(input: LinkFormInput): LinkFormResult {
  if (!input || typeof input !== 'object')
    throw new TypeError('input must be { latency, jitter, lossPercent }');
  const errors: LinkFormErrors = {};
  const latencyError = delayError(String(input.latency ?? ''), text.link.latencyWord);
  const jitterError = delayError(String(input.jitter ?? ''), text.link.jitterWord);
  if (latencyError) errors.latency = latencyError;
  if (jitterError) errors.jitter = jitterError;
  const lossText = String(input.lossPercent ?? '')
    .trim()
    .replace(/%$/, '')
    .trim();
  const loss = decimal(lossText);
  if (lossText === '') errors.lossPercent = text.link.lossEmpty;
  else if (Number.isNaN(loss)) errors.lossPercent = text.link.lossNumber;
  else if (loss < 0) errors.lossPercent = text.link.lossNegative;
  else if (loss >= 100) errors.lossPercent = text.link.lossMax;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      latencyMs: decimal(input.latency),
      jitterMs: decimal(input.jitter),
      loss: Math.round(loss * 1e6) / 1e8,
    },
  };
}

/** The form's text for the current settings. */
export function linkFormText(s: LinkFormValue): LinkFormInput {
  return {
    latency: String(s.latencyMs),
    jitter: String(s.jitterMs),
    lossPercent: String(Math.round(s.loss * 100 * 1000) / 1000),
  };
}
