/** Article dates as the indexer takes them: `YYYY-MM-DD` or `YYYY-MM`. */
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_FR = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/**
 * Reads a publication date as written by sites, feeds and exports: ISO 8601 (the calendar date as
 * written, not converted to UTC), RFC 822 (`Fri, 12 Nov 2021 10:00:00 +0100`), `12/11/2021`
 * (day first, French usage) and `12 novembre 2021`. Null when none fits or the date is impossible.
 */
export function parseArticleDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?=$|[T\s])/.exec(value);
  if (iso) return validDate(iso[1], iso[2], iso[3]);
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value);
  if (rfc) return validDate(rfc[3], monthNumber(MONTHS_EN, rfc[2]), rfc[1]);
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(value);
  if (numeric) return validDate(numeric[3], numeric[2], numeric[1]);
  const folded = value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const french = /\b(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})\b/.exec(folded);
  if (french) return validDate(french[3], monthNumber(MONTHS_FR, french[2]), french[1]);
  return null;
}

function monthNumber(months: readonly string[], name: string | undefined): string | undefined {
  const key = name?.toLowerCase() ?? '';
  const index = months.indexOf(months === MONTHS_EN ? key.slice(0, 3) : key);
  return index < 0 ? undefined : String(index + 1);
}

function validDate(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  if (!year || !month) return null;
  const y = Number(year);
  const m = Number(month);
  if (m < 1 || m > 12 || y < 1000) return null;
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}
