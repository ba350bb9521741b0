import type { FacetView } from '../lib/facet-view';
import { withPage, writeSearchParams, type SearchState } from '../lib/url-state';

const FORMATS = [
  { format: 'csv', label: 'CSV', title: 'tableur (UTF-8)' },
  { format: 'jsonl', label: 'JSON Lines', title: 'un objet JSON par ligne' },
] as const;

/** "Exporter": every hit of the current search (text, filters, order, dates; not just this page). */
export function ExportLinks({ facets, state }: { facets: readonly FacetView[]; state: SearchState }) {
  const href = (format: string) => {
    const params = writeSearchParams(withPage(state, 1), facets);
    params.set('format', format);
    return `/api/export?${params.toString()}`;
  };
  return (
    <p className="export-links">
      Exporter tous les résultats&nbsp;:{' '}
      {FORMATS.map(({ format, label, title }, i) => (
        <span key={format}>
          {i > 0 ? ' · ' : null}
          <a href={href(format)} download title={title}>
            {label}
          </a>
        </span>
      ))}
    </p>
  );
}
