import type { SearchResponse } from '../lib/api-types';
import type { FacetView } from '../lib/facet-view';
import { followLink as follow } from '../lib/follow-link';
import { formatCount, quote } from '../lib/format';
import { toQueryString, withQuery, type SearchState } from '../lib/url-state';

/** "Vouliez-vous dire « … » ?": a link to the respelt search, same filters (works without JavaScript). */
export function SpellingSuggestion({
  suggestion,
  facets,
  state,
  onSuggest,
}: {
  suggestion: NonNullable<SearchResponse['suggestion']>;
  facets: readonly FacetView[];
  state: SearchState;
  onSuggest: (q: string) => void;
}) {
  const href = `/${toQueryString(withQuery(state, suggestion.query), facets)}`;
  return (
    <p className="suggestion-notice">
      Vouliez-vous dire{' '}
      <a href={href} onClick={follow(() => onSuggest(suggestion.query))}>
        {quote(suggestion.query)}
      </a>
      {'\u00a0'}? ({formatCount(suggestion.total)}&nbsp;{suggestion.total > 1 ? 'paragraphes' : 'paragraphe'})
    </p>
  );
}
