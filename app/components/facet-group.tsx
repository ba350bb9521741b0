'use client';

import { useEffect, useId, useState, type ReactNode } from 'react';
import useSWR from 'swr';
import { foldText } from '../../search/client';
import type { FacetValueMatch, FacetValuesResponse } from '../lib/api-types';
import { formatCount } from '../lib/format';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** Shown before the label, hidden from screen readers (flags). */
  decoration?: string;
  /** The value's own page (a person's, a country's). */
  pageHref?: string;
}

/** Searching every value of the facet, beyond the ones the result lists. */
export interface FacetValueSearchProps {
  /** The filter box's field in the facets' GET form (without JavaScript the page lists the matches). */
  inputName: string;
  /** The text the page was asked to match, and the matches it found (server-rendered). */
  initialText: string;
  initialMatches: readonly FacetValueMatch[];
  /** Whether the options hold every value of the facet (then nothing is asked of the server). */
  complete: boolean;
  /** `/api/facets?…` for a text, under the current search. */
  url: (text: string) => string;
  toOption: (match: FacetValueMatch) => FacetOption;
}

const VISIBLE_BY_DEFAULT = 10;
const FILTER_BOX_FROM = 8;
const DEBOUNCE_MS = 250;

async function fetchFacetValues(url: string): Promise<FacetValuesResponse> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`facet values: HTTP ${response.status}`);
  return (await response.json()) as FacetValuesResponse;
}

/** The text once typing has paused. */
function useDebounced(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

/** Options plus the server's matches they lack, most frequent first. */
function mergeOptions(local: readonly FacetOption[], remote: readonly FacetOption[]): FacetOption[] {
  const shown = new Set(local.map((o) => o.value));
  const extra = remote.filter((o) => !shown.has(o.value));
  if (extra.length === 0) return [...local];
  return [...local, ...extra].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'fr'));
}

/** One facet: multi-select checkboxes, a filter box for long lists, "afficher tout". */
export function FacetGroup({
  title,
  param,
  showAll = false,
  options,
  onToggle,
  filterLabel,
  valueSearch,
  modeToggle,
}: {
  title: string;
  /** The URL parameter: the checkboxes submit it when the panel works as a plain form. */
  param: string;
  /** Every value at once (no "afficher tout" button to press without JavaScript). */
  showAll?: boolean;
  options: readonly FacetOption[];
  onToggle: (value: string) => void;
  filterLabel: string;
  valueSearch?: FacetValueSearchProps;
  /** How the selected values combine (any / all), under the title. */
  modeToggle?: ReactNode;
}) {
  const [filter, setFilter] = useState(valueSearch?.initialText ?? '');
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const needle = foldText(filter.trim());
  const settled = useDebounced(filter.trim());
  // A list cut at the engine's cap may lack what the user types: ask for every value.
  const remoteKey = valueSearch && !valueSearch.complete && settled !== '' ? valueSearch.url(settled) : null;
  const { data: remote, isLoading } = useSWR<FacetValuesResponse, Error>(remoteKey, fetchFacetValues, {
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
  const fromServer =
    remote && remote.text === filter.trim()
      ? remote.values
      : valueSearch && filter === valueSearch.initialText
        ? valueSearch.initialMatches
        : [];
  const selected = new Set(options.filter((o) => o.selected).map((o) => o.value));
  const remoteOptions = valueSearch ? fromServer.map((m) => ({ ...valueSearch.toOption(m), selected: selected.has(m.value) })) : [];
  const matching =
    needle === '' ? options : mergeOptions(options.filter((o) => foldText(o.label).includes(needle)), remoteOptions);
  const visible =
    showAll || expanded || needle !== ''
      ? matching
      : matching.filter((o, i) => i < VISIBLE_BY_DEFAULT || o.selected);
  const searching = remoteKey !== null && (isLoading || settled !== filter.trim());

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="facet-title">
        {title}
      </h3>
      {modeToggle}
      {options.length >= FILTER_BOX_FROM || filter !== '' ? (
        <input
          type="search"
          className="facet-filter"
          name={valueSearch?.inputName}
          placeholder="Filtrer…"
          aria-label={filterLabel}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      ) : null}
      {options.length === 0 && needle === '' ? <p className="facet-empty">Aucune valeur</p> : null}
      {(options.length > 0 || needle !== '') && matching.length === 0 && !searching ? (
        <p className="facet-empty">Aucune valeur ne correspond</p>
      ) : null}
      <ul className="facet-list">
        {visible.map((o) => (
          <li key={o.value}>
            <label className="facet-option">
              <input
                type="checkbox"
                name={param}
                value={o.value}
                checked={o.selected}
                onChange={() => onToggle(o.value)}
              />
              <span className="facet-label">
                {o.decoration ? <span aria-hidden="true">{o.decoration} </span> : null}
                {o.label}
              </span>
              <span className="facet-count">{formatCount(o.count)}</span>
            </label>
            {o.pageHref ? (
              <a className="facet-page-link" href={o.pageHref}>
                fiche<span className="visually-hidden"> de {o.label}</span>
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      {!showAll && needle === '' && matching.length > VISIBLE_BY_DEFAULT ? (
        <button type="button" className="button-link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Afficher moins' : `Afficher tout (${formatCount(matching.length)})`}
        </button>
      ) : null}
    </section>
  );
}
