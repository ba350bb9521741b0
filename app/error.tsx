'use client';

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
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link: next/link's router code would add ~2.7 kB gzip to every page's first load, for one link to a server-rendered page. */}
        <a href="/">Revenir à la recherche</a>
      </p>
    </main>
  );
}
