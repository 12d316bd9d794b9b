import { describe, expect, it } from 'vitest';
import { linkFormText, parseLinkForm } from './link-form';

describe('parseLinkForm', () => {
  it.each([
    [
      { latency: '150', jitter: '100', lossPercent: '0' },
      { latencyMs: 150, jitterMs: 100, loss: 0 },
    ],
    [
      { latency: ' 0 ', jitter: '0.5', lossPercent: '2.5%' },
      { latencyMs: 0, jitterMs: 0.5, loss: 0.025 },
    ],
    [
      { latency: '60000', jitter: '60000', lossPercent: '99.9' },
      { latencyMs: 60000, jitterMs: 60000, loss: 0.999 },
    ],
  ])('accepts %j', (input, value) => {
    expect(parseLinkForm(input)).toEqual({ ok: true, value });
  });

  it.each<[Record<string, string>, string, RegExp]>([
    [{ latency: '', jitter: '1', lossPercent: '0' }, 'latency', /Enter the latency/],
    [{ latency: 'abc', jitter: '1', lossPercent: '0' }, 'latency', /number of milliseconds/],
    [{ latency: '1e3', jitter: '1', lossPercent: '0' }, 'latency', /number of milliseconds/],
    [{ latency: '-5', jitter: '1', lossPercent: '0' }, 'latency', /cannot be negative/],
    [{ latency: '60001', jitter: '1', lossPercent: '0' }, 'latency', /at most 60,000/],
    [{ latency: '1', jitter: 'x', lossPercent: '0' }, 'jitter', /jitter must be a number/],
    [{ latency: '1', jitter: '1', lossPercent: '100' }, 'lossPercent', /below 100%/],
    [{ latency: '1', jitter: '1', lossPercent: '-1' }, 'lossPercent', /cannot be negative/],
    [{ latency: '1', jitter: '1', lossPercent: '' }, 'lossPercent', /Enter the loss/],
  ])('refuses %j with a message under %s', (input, field, message) => {
    const r = parseLinkForm(input as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual([field]);
    expect(r.errors[field as keyof typeof r.errors]).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const r = parseLinkForm({ latency: 'a', jitter: '-1', lossPercent: '200' });
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(['jitter', 'latency', 'lossPercent']);
  });

  it('linkFormText round-trips through parseLinkForm', () => {
    const value = { latencyMs: 150, jitterMs: 100, loss: 0.05 };
    expect(parseLinkForm(linkFormText(value))).toEqual({ ok: true, value });
  });

  it('refuses a non-object', () => {
    expect(() => parseLinkForm(null as never)).toThrow(TypeError);
  });
});
