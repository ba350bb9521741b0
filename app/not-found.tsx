import Link from 'next/link';
export default function NotFound() {
  return (
    <main id="contenu" className="page narrow">
      <h1>Page introuvable</h1>
      <p>
        Cet article ou ce paragraphe n’existe pas, ou n’est plus dans l’index. Un lien vers un
        paragraphe modifié depuis mène à son article tant que l’article est dans l’index.
      </p>
      <p>
        <Link href="/">Revenir à la recherche</Link>
      </p>
    </main>
  );
}
