'use client';

import { useEffect, useRef, useState } from 'react';
import { useInteractive } from '../lib/use-interactive';

/** Copies the absolute URL of a path; says so in a polite live region. Needs JavaScript: absent before. */
export function CopyLinkButton({ path, label }: { path: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const interactive = useInteractive();

  async function copy() {
    const url = new URL(path, window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus('idle'), 4000);
  }

  if (!interactive) return null;
  return (
    <span className="copy-link">
      <button type="button" className="button-link" onClick={() => void copy()} aria-label={label}>
        copier le lien
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? 'Lien copié' : status === 'failed' ? 'Copie impossible' : ''}
      </span>
    </span>
  );
}
