import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Paragraphe — recherche dans l’actualité', template: '%s · Paragraphe' },
  description: 'Recherche plein texte dans des articles d’actualité en français, par paragraphe.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d3557' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the nonce of the proxy's policy.
  await connection();
  return (
    <html lang="fr">
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <header className="site-header">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link: next/link's router code would add ~2.7 kB gzip to every page's first load, for one link to a server-rendered page. */}
          <a href="/" className="site-name">
            Paragraphe
          </a>
          <span className="site-tagline">recherche dans l’actualité, paragraphe par paragraphe</span>
        </header>
        {children}
      </body>
    </html>
  );
}
