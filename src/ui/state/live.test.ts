import { afterEach, describe, expect, it, vi } from 'vitest';
import { oncePerFrame } from './live.svelte';

describe('oncePerFrame', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs the update once on the next frame however many changes came before it', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    let updates = 0;
    const later = oncePerFrame(() => updates++);
    later();
    later();
    later();
    expect(updates).toBe(0);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(updates).toBe(1);
    // A change after that frame asks for the next one.
    later();
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(updates).toBe(2);
  });

  it('without animation frames (Node) updates at once', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    let updates = 0;
    const later = oncePerFrame(() => updates++);
    later();
    later();
    expect(updates).toBe(2);
  });
});
