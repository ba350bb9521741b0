/** One bar of a histogram over time: a month (`YYYY-MM`) or a year (`YYYY`). */
export interface PeriodBar {
  period: string;
  count: number;
}

export interface PeriodSeries {
  unit: 'month' | 'year';
  /** Every period from the first to the last with a count, empty ones included (a gap shows). */
  bars: PeriodBar[];
}

/** Past this many months from first to last, bars are years: monthly bars would be slivers. */
export const MONTHLY_SPAN_MAX = 36;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The bars of a period facet's counts (years and months, as the engines return them), oldest
 * first: per month when the span is short, per year when it is long.
 */
export function periodSeries(counts: Readonly<Record<string, number>>, monthlySpanMax = MONTHLY_SPAN_MAX): PeriodSeries {
  const months = Object.keys(counts).filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  if (months.length === 0) return { unit: 'month', bars: [] };
  const first = monthIndex(months[0]!);
  const last = monthIndex(months.at(-1)!);
  if (last - first + 1 > monthlySpanMax) {
    const bars: PeriodBar[] = [];
    for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year++) {
      bars.push({ period: String(year), count: counts[String(year)] ?? 0 });
    }
    return { unit: 'year', bars };
  }
  const bars: PeriodBar[] = [];
  for (let i = first; i <= last; i++) bars.push({ period: monthOf(i), count: counts[monthOf(i)] ?? 0 });
  return { unit: 'month', bars };
}
