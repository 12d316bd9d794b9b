/**
 * Chain view benchmark page: exposes `window.chainViewBench` for
 * bench/chain-view.bench.ts. It mounts ChainView (src/ui/viz) on a generated
 * 10,000-block tree with forks and orphans and measures, in this headless
 * Chromium page:
 *  - time to first render: from mount() to the second animation frame after it
 *    (the first frame that shows the picture), layout included;
 *  - frame times while panning: a scripted mouse drag through d3-zoom, one
 *    mousemove per animation frame, the rAF timestamps giving the frame times;
 *  - new blocks arriving: from handing over the new block list to the next
 *    animation frame (layout update, reorg check, patch of the visible boxes,
 *    following the tip, then style and paint). 'chain-view' hands over the
 *    list as the app does (records appended or replaced): ChainView updates
 *    its layout in place. 'chain-view-full' is the old path, measured in the
 *    same run: the first two (active) records trade places on every arrival,
 *    which changes nothing in the picture but makes ChainView lay the whole
 *    tree out again, as it did for every block before updateChainLayout;
 *  - the layout work alone per arriving block: layoutChain on the whole tree
 *    against updateChainLayout;
 * and the same for the baseline that puts every box in the DOM (chain-view-naive.ts).
 */
import { flushSync, mount, unmount } from 'svelte';
import ChainView from '../../src/ui/viz/ChainView.svelte';
import { chainChange, layoutChain, syntheticChain, updateChainLayout, type ChainViewBlock } from '../../src/ui/viz/index';
import '../../src/ui/viz/viz-theme.css';
import { drawEverything } from './chain-view-naive';
import { reactiveProps } from './chain-view-props.svelte';

export const BLOCKS = 10_000;
const WIDTH = 1200;
const HEIGHT = 400;

const blocks = syntheticChain({ blocks: BLOCKS, forkChance: 0.03, maxForkLength: 4, nestedChance: 0.3, orphans: 3, seed: 42 });
const stage = document.getElementById('stage')!;

export interface FirstRender {
  /** layoutChain alone on the whole tree. */
  readonly layoutMs: number;
  /** mount() until the DOM is updated (synchronous work). */
  readonly mountMs: number;
  /** mount() until the second animation frame: the picture is on screen. */
  readonly firstFrameMs: number;
  /** Block boxes in the DOM. */
  readonly drawnBlocks: number;
  readonly domElements: number;
}

export interface PanResult {
  /** Time between consecutive animation frames during the drag, ms. */
  readonly frames: number[];
  readonly drawnBlocksAtEnd: number;
  readonly pannedPx: number;
}

export interface ArrivalResult {
  /**
   * From handing over the new block list to the next animation frame, ms. A block
   * arrives right after a frame here, so this is never below the frame interval
   * (16.7 ms at 60 Hz) however little the update costs.
   */
  readonly updates: number[];
  /**
   * The main thread's work for a new block, ms: the update itself, then the frame
   * that shows it (from its animation-frame callback to the end of its style,
   * layout and paint), without the idle wait for that frame.
   */
  readonly work: number[];
  /** The update alone (the props change and Svelte's flush), ms: the first part of `work`. */
  readonly update: number[];
  /** The frame's style, layout and paint (animation-frame callback to the end of its rendering), ms: the rest of `work`. */
  readonly render: number[];
  /**
   * Where each arrival's work lies on performance.now()'s clock (to read a trace by): the
   * update, and its frame from the animation-frame callback to the end of its rendering.
   * The idle time between them, when Chromium may collect garbage, is not work.
   */
  readonly spans: { update: Span; frame: Span }[];
  /** The newest block is drawn (the view followed the tip). */
  readonly followed: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ChainViewBench {
  readonly blockCount: number;
  readonly staleCount: number;
  layoutOnly(repeats: number): number[];
  firstRender(which: 'chain-view' | 'naive'): Promise<FirstRender>;
  pan(which: 'chain-view' | 'naive', frames: number, pxPerFrame: number, zoomOutClicks: number): Promise<PanResult>;
  arrivals(which: 'chain-view' | 'chain-view-full' | 'naive', count: number): Promise<ArrivalResult>;
  layoutPerBlock(count: number): { full: number[]; update: number[]; local: number };
  clear(): void;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** The next frame's start, and when its rendering is done (a message posted in its callback runs after the paint). */
const nextFrameRendered = () =>
  new Promise<{ start: number; rendered: number }>((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ start, rendered: performance.now() });
      channel.port2.postMessage(null);
    }),
  );
let mounted: ReturnType<typeof mount> | null = null;

function clear(): void {
  if (mounted) unmount(mounted);
  mounted = null;
  stage.replaceChildren();
}

async function firstRender(which: 'chain-view' | 'naive'): Promise<FirstRender> {
  clear();
  await nextFrame();
  const l0 = performance.now();
  const layout = layoutChain(blocks);
  const layoutMs = performance.now() - l0;
  const t0 = performance.now();
  if (which === 'chain-view') {
    mounted = mount(ChainView, { target: stage, props: reactiveProps({ blocks, nodeName: 'A', height: HEIGHT }) });
    flushSync();
  } else {
    drawEverything(stage, layout, WIDTH, HEIGHT);
  }
  const mountMs = performance.now() - t0;
  await nextFrame();
  await nextFrame();
  const firstFrameMs = performance.now() - t0;
  const drawnBlocks = stage.querySelectorAll(which === 'chain-view' ? '[data-testid=chain-block]' : 'svg > g > g').length;
  return { layoutMs, mountMs, firstFrameMs, drawnBlocks, domElements: stage.querySelectorAll('*').length };
}

function mouse(type: string, target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
}

async function pan(which: 'chain-view' | 'naive', frames: number, pxPerFrame: number, zoomOutClicks: number): Promise<PanResult> {
  await firstRender(which);
  const svg = stage.querySelector('svg[data-testid=chain-svg], svg[data-testid=naive-svg]') as SVGSVGElement;
  if (which === 'chain-view') {
    const zoomOut = stage.querySelector('button[aria-label="Zoom out"]') as HTMLButtonElement;
    for (let i = 0; i < zoomOutClicks; i++) zoomOut.click();
  } else {
    for (let i = 0; i < zoomOutClicks; i++) svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 240, clientX: 600, clientY: 200, bubbles: true, cancelable: true }));
  }
  await nextFrame();
  await nextFrame();
  const rect = svg.getBoundingClientRect();
  let x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 3;
  mouse('mousedown', svg, x, y);
  const stamps: number[] = [];
  for (let i = 0; i <= frames; i++) {
    stamps.push(await nextFrame());
    // Drag right: the view moves towards older blocks, as a user reading back the chain.
    x += pxPerFrame;
    mouse('mousemove', window, x, y);
  }
  mouse('mouseup', window, x, y);
  await nextFrame();
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const drawn = stage.querySelectorAll(which === 'chain-view' ? '[data-testid=chain-block]' : 'svg > g > g').length;
  return { frames: intervals, drawnBlocksAtEnd: drawn, pannedPx: pxPerFrame * frames };
}

/** Appends `count` blocks on the tip, one per frame, timing the update each causes. */
/** The next block on the tip, with node A's tip badge moved to it (records appended or replaced, as the app's adapter gives them). */
function withNewTip(current: ChainViewBlock[], i: number): { next: ChainViewBlock[]; hash: string } {
  const tip = current.filter((b) => b.status === 'active').reduce((a, b) => (b.height > a.height ? b : a));
  const hash = `bench${String(i).padStart(58, '0')}`;
  const block: ChainViewBlock = { hash, parent: tip.hash, height: tip.height + 1, txCount: 5, miner: 'B', status: 'active', tipOf: ['A'] };
  return { next: [...current.map((b) => (b.tipOf.includes('A') ? { ...b, tipOf: b.tipOf.filter((n) => n !== 'A') } : b)), block], hash };
}

/** layoutChain on the whole tree against updateChainLayout, per arriving block. */
function layoutPerBlock(count: number): { full: number[]; update: number[]; local: number } {
  let current = [...blocks];
  let layout = layoutChain(current);
  const full: number[] = [];
  const update: number[] = [];
  let local = 0;
  for (let i = 0; i < count; i++) {
    const { next } = withNewTip(current, 1000 + i);
    let t0 = performance.now();
    layoutChain(next);
    full.push(performance.now() - t0);
    t0 = performance.now();
    const r = updateChainLayout(layout, next, chainChange(current, next)!);
    update.push(performance.now() - t0);
    if (r.local) local++;
    layout = r.layout;
    current = next;
  }
  return { full, update, local };
}

async function arrivals(which: 'chain-view' | 'chain-view-full' | 'naive', count: number): Promise<ArrivalResult> {
  clear();
  await nextFrame();
  let current: ChainViewBlock[] = [...blocks];
  const props = reactiveProps({ blocks: current, nodeName: 'A', height: HEIGHT });
  if (which !== 'naive') {
    mounted = mount(ChainView, { target: stage, props });
    flushSync();
  } else {
    drawEverything(stage, layoutChain(current), WIDTH, HEIGHT);
  }
  await nextFrame();
  const updates: number[] = [];
  const work: number[] = [];
  const update: number[] = [];
  const render: number[] = [];
  const spans: { update: Span; frame: Span }[] = [];
  let newest = '';
  for (let i = 0; i < count; i++) {
    const step = withNewTip(current, i);
    newest = step.hash;
    current = which === 'chain-view-full' ? [current[1]!, current[0]!, ...step.next.slice(2)] : step.next;
    const t0 = performance.now();
    if (which !== 'naive') {
      props.blocks = current;
      flushSync();
    } else {
      stage.replaceChildren();
      drawEverything(stage, layoutChain(current), WIDTH, HEIGHT);
    }
    const updated = performance.now();
    const frame = await nextFrameRendered();
    updates.push(frame.start - t0);
    update.push(updated - t0);
    render.push(frame.rendered - frame.start);
    spans.push({ update: { start: t0, end: updated }, frame: { start: frame.start, end: frame.rendered } });
    work.push(updated - t0 + (frame.rendered - frame.start));
  }
  const followed = which !== 'naive' ? stage.querySelector(`[data-hash="${newest}"]`) !== null : true;
  return { updates, work, update, render, spans, followed };
}

function layoutOnly(repeats: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    layoutChain(blocks);
    times.push(performance.now() - t0);
  }
  return times;
}

const api: ChainViewBench = {
  blockCount: blocks.length,
  staleCount: blocks.filter((b) => b.status === 'stale').length,
  layoutOnly,
  firstRender,
  pan,
  arrivals,
  layoutPerBlock,
  clear,
};

declare global {
  interface Window {
    chainViewBench: ChainViewBench;
    benchReady?: boolean;
  }
}

window.chainViewBench = api;
window.benchReady = true;
