/**
 * Mouse, wheel and touch pan and zoom on the chain picture, through d3-zoom.
 * ChainView imports this file dynamically when a pointer, a wheel or a touch
 * first comes to the picture: d3-zoom brings d3-selection, -transition,
 * -interpolate, -color, -drag, -dispatch and -timer, which the first screen
 * does not need to draw the chain or to follow its tip (view-transform.ts
 * does that with plain numbers).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { SCALE_EXTENT, type ViewTransform } from './view-transform';

export interface ChainGestures {
  /** Tells d3-zoom where the view is after a move it did not make (a button, the tip-following). */
  sync(t: ViewTransform): void;
  /** Removes the listeners (the picture is going away). */
  detach(): void;
}

/**
 * Listens for pan and zoom gestures on `svg`, starting from `start`.
 * `onzoom` hears every transform a gesture makes (never the syncs).
 */
export function attachChainGestures(svg: SVGSVGElement, start: ViewTransform, onzoom: (t: ViewTransform) => void): ChainGestures {
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([...SCALE_EXTENT])
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // Only a user's gesture has a source event; our own syncs are already in the view.
      if (e.sourceEvent) onzoom({ x: e.transform.x, y: e.transform.y, k: e.transform.k });
    });
  const selection = select(svg);
  // No zoom on a double click (d3-zoom's default): clicks on the picture are for its blocks.
  selection.call(behaviour).on('dblclick.zoom', null);
  const sync = (t: ViewTransform) => selection.call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  sync(start);
  return {
    sync,
    detach: () => void selection.on('.zoom', null),
  };
}
