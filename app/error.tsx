'use client';

import Link from 'next/link';

/** Last-resort boundary: a French message and a retry instead of a blank page. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="contenu" className="page narrow">
      <h1>Une erreur est survenue</h1>
      <p>La page n’a pas pu être affichée. Réessayez dans un instant.</p>
      <p>
        <button type="button" className="button-primary" onClick={reset}>
          Réessayer
        </button>{' '}
        <Link href="/">Revenir à la recherche</Link>
      </p>
    </main>
  );
}
