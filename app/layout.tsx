import Link from 'next/link';
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
          <Link href="/" className="site-name">
            Paragraphe
          </Link>
          <span className="site-tagline">recherche dans l’actualité, paragraphe par paragraphe</span>
        </header>
        {children}
      </body>
    </html>
  );
}
