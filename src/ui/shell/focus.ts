/**
 * Where the keyboard focus goes when something closes: a confirmation that is
 * cancelled or a tour that ends removes the focused button from the page, and
 * the browser would drop the focus to the top; these put it back on the control
 * that opened it (or another sensible one) once Svelte has drawn the change.
 */
import { tick } from 'svelte';

/** After the next update, focuses what `target` returns (if it is still on the page). */
export function focusAfterUpdate(target: () => HTMLElement | null | undefined): void {
  // tick() never rejects, so there is no failure to report.
  void tick().then(() => {
    const el = target();
    if (el?.isConnected) el.focus();
  });
}
