'use client';

import { useEffect } from 'react';

/** Brings the deep-linked paragraph into view and gives it focus for keyboard and reader users. */
export function ScrollToParagraph({ id }: { id: string }) {
  useEffect(() => {
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [id]);
  return null;
}
