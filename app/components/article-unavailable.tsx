import { ServiceError } from './service-error';

export function ArticleUnavailable({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <main id="contenu" className="page narrow">
      <h1>Article indisponible</h1>
      <ServiceError title="L’article n’a pas pu être chargé." message={message} retryHref={retryHref} />
    </main>
  );
}
