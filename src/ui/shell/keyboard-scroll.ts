/**
 * A wide table in a sideways-scrolling box (a phone, a long hash) must scroll by
 * keyboard too (WCAG 2.1.1; axe's scrollable-region-focusable). Attached to such a
 * box, this makes it a Tab stop only while it actually overflows, and names it
 * after its table's caption so a screen reader says what the stop is (in the page's
 * language: reading msg here re-runs the attachment when the language changes).
 * Usage: `<div class="table-scroll" {@attach keyboardScroll}>`.
 */
import type { Attachment } from 'svelte/attachments';
import { msg } from '../i18n/index';

export const keyboardScroll: Attachment<HTMLElement> = (box) => {
  const update = () => {
    const overflows = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
    if (overflows) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      const caption = box.querySelector('caption')?.textContent?.trim();
      box.setAttribute('aria-label', msg.scrollTable({ caption: caption || null }));
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  };
  update();
  // The box or its contents change size with the window, the rows and the theme's font.
  const watch = new ResizeObserver(update);
  watch.observe(box);
  if (box.firstElementChild) watch.observe(box.firstElementChild);
  return () => watch.disconnect();
};
