import { followLink } from '../lib/follow-link';
import type { FacetView } from '../lib/facet-view';
import { toQueryString, withPage, type SearchState } from '../lib/url-state';

/** Page links (real hrefs, so they work without JS too); the client intercepts them. */
export function Pagination({
  facets,
  state,
  total,
  hitsPerPage,
  onNavigate,
}: {
  facets: readonly FacetView[];
  state: SearchState;
  total: number;
  hitsPerPage: number;
  onNavigate: (page: number) => void;
}) {
  const pages = Math.ceil(total / hitsPerPage);
  if (pages <= 1) return null;
  const current = Math.min(state.page, pages);
  const shown = [...new Set([1, current - 1, current, current + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const link = (page: number, text: string, label: string) => (
    <a
      href={`/${toQueryString(withPage(state, page), facets)}`}
      aria-label={label}
      aria-current={page === state.page ? 'page' : undefined}
      onClick={followLink(() => onNavigate(page))}
    >
      {text}
    </a>
  );
  return (
    <nav className="pagination" aria-label="Pagination">
      <ul>
        {current > 1 ? <li>{link(current - 1, '← Précédente', 'Page précédente')}</li> : null}
        {shown.map((page, i) => (
          <li key={page}>
            {i > 0 && page - (shown[i - 1] ?? page) > 1 ? <span aria-hidden="true">… </span> : null}
            {link(page, String(page), `Page ${page}`)}
          </li>
        ))}
        {current < pages ? <li>{link(current + 1, 'Suivante →', 'Page suivante')}</li> : null}
      </ul>
    </nav>
  );
}
