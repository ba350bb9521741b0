/** Engine down or request refused: a French message and a way to retry, never a blank page. */
export function ServiceError({
  message,
  onRetry,
  retryHref,
}: {
  message: string;
  onRetry?: () => void;
  retryHref: string;
}) {
  return (
    <div className="service-error" role="alert">
      <p>
        <strong>La recherche n’a pas abouti.</strong> {message}
      </p>
      {onRetry ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Réessayer
        </button>
      ) : (
        <a className="button-secondary" href={retryHref}>
          Réessayer
        </a>
      )}
    </div>
  );
}
