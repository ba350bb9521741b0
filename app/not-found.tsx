export default function NotFound() {
  return (
    <main id="contenu" className="page narrow">
      <h1>Page introuvable</h1>
      <p>
        Cet article ou ce paragraphe n’existe pas, ou n’est plus dans l’index. Un lien vers un
        paragraphe modifié depuis mène à son article tant que l’article est dans l’index.
      </p>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link: next/link's router code would add ~2.7 kB gzip to every page's first load, for one link to a server-rendered page. */}
        <a href="/">Revenir à la recherche</a>
      </p>
    </main>
  );
}
