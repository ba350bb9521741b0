import type { MouseEvent } from 'react';

/**
 * A link's click handler that does `navigate` in place of the page load; a modified click
 * (new tab, new window) keeps the browser's behaviour. Without JavaScript the href is followed.
 */
export function followLink(navigate: () => void): (e: MouseEvent<HTMLAnchorElement>) => void {
  return (e) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    navigate();
  };
}
