import type { ReactNode, Ref } from 'react';
import { ALL_OF_PARAM } from '../../search/client';
import type { FacetView } from '../lib/facet-view';
import type { SearchOptions, SearchState } from '../lib/url-state';
import { useInteractive } from '../lib/use-interactive';

const SORT_LABELS = { pertinence: 'pertinence', recent: 'plus récents d’abord', ancien: 'plus anciens d’abord' } as const;

/** A `YYYY` bound as the month field shows it: its first month for `from`, its last for `to`. */
function monthValue(value: string | undefined, bound: 'from' | 'to'): string {
  if (!value) return '';
  return value.length === 4 ? `${value}-${bound === 'from' ? '01' : '12'}` : value;
}

/** The search box: searches as you type (debounced by the parent) and on Enter. */
/** Static parts of the form, rendered on the server. */
export interface SearchFormHelp {
  /** The "?" beside the box. */
  syntax: ReactNode;
  /** Under the box once the page is interactive (search as you type, shortcuts). */
  liveHint: ReactNode;
  /** Under the box before (or without) JavaScript. */
  submitHint: ReactNode;
}

export function SearchForm({
  ref,
  facets,
  maxLength,
  value,
  state,
  busy,
  onChange,
  onSubmit,
  onOptions,
  help,
}: {
  ref: Ref<HTMLInputElement>;
  facets: readonly FacetView[];
  /** The search module's query length limit. */
  maxLength: number;
  value: string;
  state: SearchState;
  busy: boolean;
  onChange: (value: string) => void;
  onSubmit: () => void;
  /** A new order or date range. */
  onOptions: (options: SearchOptions) => void;
  /** The syntax help and the hints under the box, rendered on the server: static text need not ship as JavaScript. */
  help: SearchFormHelp;
}) {
  // The "/" shortcut and search-as-you-type exist only once the page is interactive.
  const interactive = useInteractive();
  return (
    <form
      role="search"
      className="search-form"
      action="/"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="search-box" className="search-label">
        Rechercher dans les articles
      </label>
      <div className="search-row">
        <input
          ref={ref}
          id="search-box"
          name="q"
          type="search"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder="Nom, lieu, sujet…"
          autoComplete="off"
          spellCheck={false}
          maxLength={maxLength}
          aria-describedby="search-hint"
        />
        <button type="submit" className="button-primary">
          Rechercher
        </button>
        {help.syntax}
      </div>
      <div className="search-options">
        <label>
          Trier par{' '}
          <select name="sort" value={state.sort ?? 'pertinence'} onChange={(e) => onOptions({ sort: e.target.value as keyof typeof SORT_LABELS })}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Du mois{' '}
          <input type="month" name="from" value={monthValue(state.from, 'from')} onChange={(e) => onOptions({ from: e.target.value })} />
        </label>
        <label>
          au mois{' '}
          <input type="month" name="to" value={monthValue(state.to, 'to')} onChange={(e) => onOptions({ to: e.target.value })} />
        </label>
      </div>
      <p id="search-hint" className="search-hint">
        {interactive ? help.liveHint : help.submitHint}
        {busy ? <span className="search-busy"> · recherche…</span> : null}
      </p>
      {/* Keeps the filters when the form is submitted without JavaScript. */}
      {facets.flatMap((facet) =>
        state.filters[facet.name].map((v) => (
          <input key={`${facet.name}-${v}`} type="hidden" name={facet.param} value={v} />
        )),
      )}
      {facets.flatMap((facet) =>
        state.filters.allOf?.some((name) => name === facet.name)
          ? [<input key={`mode-${facet.name}`} type="hidden" name={ALL_OF_PARAM} value={facet.param} />]
          : [],
      )}
    </form>
  );
}
