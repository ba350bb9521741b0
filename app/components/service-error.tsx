'use client';

import { useInteractive } from '../lib/use-interactive';

/** Engine down or request refused: a French message and a way to retry, never a blank page. */
export function ServiceError({
  title,
  message,
  onRetry,
  retryHref,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
  retryHref: string;
}) {
  const interactive = useInteractive();
  return (
    <div className="service-error" role="alert">
      <p>
        <strong>{title}</strong> {message}
      </p>
      {onRetry && interactive ? (
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
