import type { SearchQuery } from './types';

/** The inclusive month bounds of a query's date range (`YYYY-MM`), or null when it has none. */
export interface MonthRange {
  first: string;
  last: string;
}

/**
 * `from=2021` starts in January 2021, `to=2021` ends in December 2021; a month is taken whole.
 * Values are already checked (`YYYY` or `YYYY-MM`) by `validateQuery`.
 */
export function toMonthRange(query: Pick<SearchQuery, 'from' | 'to'>): MonthRange | null {
  if (!query.from && !query.to) return null;
  const first = !query.from ? '0000-01' : query.from.length === 4 ? `${query.from}-01` : query.from;
  const last = !query.to ? '9999-12' : query.to.length === 4 ? `${query.to}-12` : query.to;
  return { first, last };
}

/** Whether a date (`YYYY-MM` or `YYYY-MM-DD`) falls in the range. */
export function inMonthRange(date: string, range: MonthRange): boolean {
  const month = date.slice(0, 7);
  return month >= range.first && month <= range.last;
}
