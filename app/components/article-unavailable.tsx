import { ServiceError } from './service-error';

export function ArticleUnavailable({ message, retryHref }: { message: string; retryHref: string }) {
  return (
    <main id="contenu" className="page narrow">
      <h1>Article indisponible</h1>
      <ServiceError message={message} retryHref={retryHref} />
    </main>
  );
}
