'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Facets sidebar; on a phone-sized screen it becomes a drawer opened by a "Filtres" button. */
export function FacetDrawer({ filterCount, children }: { filterCount: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        toggleButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggleButton.current?.focus();
  };

  return (
    <>
      <button
        ref={toggleButton}
        type="button"
        className="drawer-toggle button-secondary"
        aria-expanded={open}
        aria-controls="facettes"
        onClick={() => setOpen(true)}
      >
        Filtres{filterCount > 0 ? ` (${filterCount})` : ''}
      </button>
      <aside id="facettes" className={open ? 'facets drawer-open' : 'facets'} aria-label="Filtres">
        <div className="drawer-header">
          <h2 className="facets-heading">Affiner</h2>
          <button ref={closeButton} type="button" className="drawer-close button-secondary" onClick={close}>
            Voir les résultats
          </button>
        </div>
        {children}
      </aside>
      {open ? <div className="drawer-backdrop" aria-hidden="true" onClick={close} /> : null}
    </>
  );
}
