import { useId } from 'react';
import { formatCount, formatMonthName } from '../lib/format';

/** A period facet: years, each with its months in a disclosure (open when one is selected). */
export function PeriodFacet({
  title,
  counts,
  selected,
  onToggle,
}: {
  title: string;
  counts: Readonly<Record<string, number>>;
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const values = new Set([...Object.keys(counts), ...selected]);
  const years = [...values].filter((v) => v.length === 4).sort().reverse();
  for (const v of values) if (v.length === 7 && !years.includes(v.slice(0, 4))) years.push(v.slice(0, 4));
  const monthsOf = (year: string) =>
    [...values].filter((v) => v.length === 7 && v.startsWith(`${year}-`)).sort();

  const headingId = useId();

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId} className="facet-title">
        {title}
      </h3>
      {years.length === 0 ? <p className="facet-empty">Aucune valeur</p> : null}
      <ul className="facet-list">
        {years.map((year) => {
          const months = monthsOf(year);
          return (
            <li key={year}>
              <label className="facet-option">
                <input type="checkbox" checked={selected.includes(year)} onChange={() => onToggle(year)} />
                <span className="facet-label">{year}</span>
                <span className="facet-count">{formatCount(counts[year] ?? 0)}</span>
              </label>
              {months.length > 0 ? (
                <details className="facet-months" open={months.some((m) => selected.includes(m)) || years.length === 1}>
                  <summary>Mois de {year}</summary>
                  <ul className="facet-list">
                    {months.map((month) => (
                      <li key={month}>
                        <label className="facet-option">
                          <input
                            type="checkbox"
                            checked={selected.includes(month)}
                            onChange={() => onToggle(month)}
                          />
                          <span className="facet-label">
                            {formatMonthName(month)} {year}
                          </span>
                          <span className="facet-count">{formatCount(counts[month] ?? 0)}</span>
                        </label>
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
