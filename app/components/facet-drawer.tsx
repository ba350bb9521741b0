'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useInteractive } from '../lib/use-interactive';

/**
 * Facets sidebar. On a phone-sized screen the sidebar is hidden and a "Filtres" button opens the
 * same panel in a modal `<dialog>` (the browser traps focus, makes the page behind inert and
 * closes it on Escape). Without JavaScript the button is a link to the sidebar, shown by `:target`.
 */
export function FacetDrawer({ filterCount, children }: { filterCount: number; children: ReactNode }) {
  const interactive = useInteractive();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const label = `Filtres${filterCount > 0 ? ` (${filterCount})` : ''}`;

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);

  const onClosed = () => {
    setOpen(false);
    toggleButton.current?.focus();
  };

  return (
    <>
      {interactive ? (
        <button
          ref={toggleButton}
          type="button"
          className="drawer-toggle button-secondary"
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          {label}
        </button>
      ) : (
        <a className="drawer-toggle button-secondary" href="#facettes">
          {label}
        </a>
      )}
      <aside id="facettes" className="facets" aria-label="Filtres">
        <div className="drawer-header">
          <h2 className="facets-heading">Affiner</h2>
          {interactive ? null : (
            <a className="drawer-close button-secondary" href="#resultats">
              Voir les résultats
            </a>
          )}
        </div>
        {children}
      </aside>
      <dialog
        ref={dialog}
        className="facet-dialog"
        aria-labelledby={headingId}
        onClose={onClosed}
        onClick={(e) => {
          // A click on the backdrop lands on the dialog element itself.
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
      >
        {open ? (
          <>
            <div className="drawer-header">
              <h2 id={headingId} className="facets-heading">
                Affiner
              </h2>
              <button type="button" className="drawer-close button-secondary" onClick={() => dialog.current?.close()}>
                Voir les résultats
              </button>
            </div>
            {children}
          </>
        ) : null}
      </dialog>
    </>
  );
}
