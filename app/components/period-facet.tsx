import { useId } from 'react';
import { followLink } from '../lib/follow-link';
import { formatCount, formatMonthName } from '../lib/format';
import { periodSeries } from '../lib/period-series';
import { Histogram } from './histogram';

/**
 * A period facet: bars of the result set over time (per month, per year when the span is long;
 * a bar filters on its period), then years, each with its months in a disclosure, open when the year or one of its
 * months is ticked (a month ticked in a ticked year narrows it: see `period-filter.ts`).
 */
export function PeriodFacet({
  title,
  param,
  counts,
  selected,
  onToggle,
  hrefFor,
}: {
  title: string;
  param: string;
  counts: Readonly<Record<string, number>>;
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** The search filtered on a period: what a bar links to (followed in place with JavaScript). */
  hrefFor: (value: string) => string;
}) {
  const values = new Set([...Object.keys(counts), ...selected]);
  const years = [...values].filter((v) => v.length === 4).sort().reverse();
  for (const v of values) if (v.length === 7 && !years.includes(v.slice(0, 4))) years.push(v.slice(0, 4));
  const monthsOf = (year: string) =>
    [...values].filter((v) => v.length === 7 && v.startsWith(`${year}-`)).sort();

  const headingId = useId();
  const option = (value: string, label: string) => (
    <label className="facet-option">
      <input
        type="checkbox"
        name={param}
        value={value}
        checked={selected.includes(value)}
        onChange={() => onToggle(value)}
      />
      <span className="facet-label">{label}</span>
      <span className="facet-count">{formatCount(counts[value] ?? 0)}</span>
    </label>
  );

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="facet-title">
        {title}
      </h3>
      {years.length === 0 ? <p className="facet-empty">Aucune valeur</p> : null}
      <Histogram
        series={periodSeries(counts)}
        label="Paragraphes trouvés dans le temps"
        hrefFor={hrefFor}
        onPick={(period, e) => followLink(() => onToggle(period))(e)}
      />
      <ul className="facet-list">
        {years.map((year) => {
          const months = monthsOf(year);
          return (
            <li key={year}>
              {option(year, year)}
              {months.length > 0 ? (
                <details className="facet-months" open={selected.includes(year) || months.some((m) => selected.includes(m)) || years.length === 1}>
                  <summary>Mois de {year}</summary>
                  <ul className="facet-list">
                    {months.map((month) => (
                      <li key={month}>
                        {option(month, `${formatMonthName(month)} ${year}`)}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
