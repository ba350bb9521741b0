import Link from 'next/link';
export default function NotFound() {
  return (
    <main id="contenu" className="page narrow">
      <h1>Page introuvable</h1>
      <p>
        Cet article ou ce paragraphe n’existe pas, ou n’est plus dans l’index. Un lien vers un
        paragraphe reste valable tant que le paragraphe n’a pas changé.
      </p>
      <p>
        <Link href="/">Revenir à la recherche</Link>
      </p>
    </main>
  );
}
