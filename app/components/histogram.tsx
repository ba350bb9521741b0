import type { MouseEvent } from 'react';
import { formatCount, formatDate, pluralize } from '../lib/format';
import type { PeriodSeries } from '../lib/period-series';

/**
 * Bars over time as plain links (no chart library, no script needed): each bar's height is its
 * share of the tallest, its accessible name says the period and the count, and following it
 * filters on that period. `onPick` lets a client page filter in place.
 */
export function Histogram({
  series,
  label,
  hrefFor,
  onPick,
}: {
  series: PeriodSeries;
  /** Accessible name of the list of bars. */
  label: string;
  hrefFor: (period: string) => string;
  onPick?: (period: string, e: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const tallest = Math.max(1, ...series.bars.map((b) => b.count));
  const first = series.bars[0];
  const last = series.bars.at(-1);
  if (!first || !last) return null;
  return (
    <div className="histogram">
      <ol className="histogram-bars" aria-label={label}>
        {series.bars.map(({ period, count }) => {
          const name = `${formatDate(period)} : ${pluralize(count, 'paragraphe', 'paragraphes')}`;
          return (
            <li key={period} className="histogram-slot">
              {count > 0 ? (
                <a
                  href={hrefFor(period)}
                  className="histogram-bar"
                  style={{ height: `${Math.max(4, Math.round((count / tallest) * 100))}%` }}
                  title={name}
                  aria-label={name}
                  onClick={onPick ? (e) => onPick(period, e) : undefined}
                />
              ) : (
                <span className="histogram-empty" title={name} />
              )}
            </li>
          );
        })}
      </ol>
      <p className="histogram-axis" aria-hidden="true">
        <span>{formatDate(first.period)}</span>
        <span>
          {series.unit === 'month' ? 'par mois' : 'par année'} · max {formatCount(tallest)}
        </span>
        <span>{formatDate(last.period)}</span>
      </p>
    </div>
  );
}
