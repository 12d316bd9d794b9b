/**
 * The chain view's baseline: the same layout drawn the straightforward way,
 * every one of the 10,000 boxes (rect and three texts) and links in the DOM,
 * panned by d3-zoom moving one <g>. What ChainView avoids by drawing only the
 * boxes inside the viewport.
 */
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { shortHash, type ChainLayout } from '../../src/ui/viz/index';

const SVG = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Draws every box of `layout` into a new SVG in `target`; returns the svg. */
export function drawEverything(target: HTMLElement, layout: ChainLayout, width: number, height: number): SVGSVGElement {
  const svg = el('svg', { width, height, 'data-testid': 'naive-svg' }) as SVGSVGElement;
  svg.style.display = 'block';
  const g = el('g', {});
  for (const box of layout.boxes) {
    const l = box.link;
    if (l) {
      const mx = (l.x1 + l.x2) / 2;
      g.append(el('path', { d: `M${l.x1},${l.y1}C${mx},${l.y1} ${mx},${l.y2} ${l.x2},${l.y2}`, fill: 'none', stroke: 'var(--pc-border)', 'stroke-width': 2 }));
    }
  }
  for (const box of layout.boxes) {
    const b = box.block;
    const bg = el('g', { transform: `translate(${box.x},${box.y})` });
    bg.append(el('rect', { width: box.width, height: box.height, rx: 6, fill: 'var(--pc-surface)', stroke: 'var(--pc-border)' }));
    bg.append(el('text', { x: 8, y: 17, 'font-size': 12 }, `#${b.height} · ${b.txCount} tx`));
    bg.append(el('text', { x: 8, y: 34, 'font-size': 11 }, shortHash(b.hash)));
    bg.append(el('text', { x: 8, y: 52, 'font-size': 11 }, b.miner));
    g.append(bg);
  }
  svg.append(g);
  target.append(svg);
  const z = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.08, 2.5])
    .on('zoom', (e) => g.setAttribute('transform', String(e.transform)));
  select(svg).call(z);
  // Start at the tip, as ChainView does.
  const tip = layout.tip;
  if (tip) select(svg).call(z.translateTo, tip.x + tip.width - width / 2 + 24, height / 2);
  return svg;
}
