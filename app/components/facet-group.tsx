'use client';

import { useId, useState } from 'react';
import { foldText } from '../../search/client';
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

const VISIBLE_BY_DEFAULT = 10;
const FILTER_BOX_FROM = 8;

/** One facet: multi-select checkboxes, a filter box for long lists, "afficher tout". */
export function FacetGroup({
  title,
  param,
  showAll = false,
  options,
  onToggle,
  filterLabel,
}: {
  title: string;
  /** The URL parameter: the checkboxes submit it when the panel works as a plain form. */
  param: string;
  /** Every value at once (no "afficher tout" button to press without JavaScript). */
  showAll?: boolean;
  options: readonly FacetOption[];
  onToggle: (value: string) => void;
  filterLabel: string;
}) {
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const needle = foldText(filter.trim());
  const matching = needle === '' ? options : options.filter((o) => foldText(o.label).includes(needle));
  const visible =
    showAll || expanded || needle !== ''
      ? matching
      : matching.filter((o, i) => i < VISIBLE_BY_DEFAULT || o.selected);

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="facet-title">
        {title}
      </h3>
      {options.length >= FILTER_BOX_FROM ? (
        <input
          type="search"
          className="facet-filter"
          placeholder="Filtrer…"
          aria-label={filterLabel}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      ) : null}
      {options.length === 0 ? <p className="facet-empty">Aucune valeur</p> : null}
      {options.length > 0 && matching.length === 0 ? (
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
