/**
 * Marker shapes, so that a branch or a message kind is told by shape and text
 * as well as by colour (WCAG 1.4.1: colour is never the only visual means).
 */

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'cross';

/** Shapes in the order branches get them: branch 0 a circle, branch 1 a square, ... */
export const BRANCH_SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'cross'];

/** Number of branch colours defined in viz-theme.css (--pc-branch-0 .. --pc-branch-5). */
export const BRANCH_COLOURS = 6;

export function branchShape(branch: number): MarkerShape {
  if (!Number.isSafeInteger(branch) || branch < 0) throw new RangeError(`branch must be a non-negative integer, got ${branch}`);
  return BRANCH_SHAPES[branch % BRANCH_SHAPES.length]!;
}

/** CSS colour of a branch, a custom property of viz-theme.css. */
export function branchColour(branch: number): string {
  return `var(--pc-branch-${branch % BRANCH_COLOURS})`;
}

/** SVG path of `shape` centred on (0, 0) with "radius" r (half the width). */
export function shapePath(shape: MarkerShape, r: number): string {
  if (!(r > 0)) throw new RangeError(`r must be a positive number, got ${r}`);
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'diamond':
      return `M0,${f(-r * 1.15)}L${f(r * 1.15)},0L0,${f(r * 1.15)}L${f(-r * 1.15)},0Z`;
    case 'triangle':
      return `M0,${f(-r * 1.15)}L${f(r * 1.1)},${f(r * 0.85)}L${f(-r * 1.1)},${f(r * 0.85)}Z`;
    case 'hexagon': {
      const pts = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return `${f(r * Math.cos(a))},${f(r * Math.sin(a))}`;
      });
      return `M${pts.join('L')}Z`;
    }
    case 'cross': {
      const a = r;
      const b = r * 0.4;
      return `M${f(-b)},${f(-a)}H${f(b)}V${f(-b)}H${f(a)}V${f(b)}H${f(b)}V${f(a)}H${f(-b)}V${f(b)}H${f(-a)}V${f(-b)}H${f(-b)}Z`;
    }
  }
}
