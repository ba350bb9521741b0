'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False in the server's HTML and until hydration, true after: controls that need JavaScript
 * (buttons with handlers, shortcuts) render only then, and their link or form fallbacks before.
 */
export function useInteractive(): boolean {
  return useSyncExternalStore(subscribeNothing, () => true, () => false);
}
