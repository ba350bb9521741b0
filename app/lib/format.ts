/** Display helpers shared by server and client (deterministic: no locale data needed). */

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** `2021` → `2021`, `2021-11` → `novembre 2021`, `2021-11-23` → `23 novembre 2021`. */
export function formatDate(value: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? value;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Month name alone (`2021-11` → `novembre`), for the date facet nested under its year. */
export function formatMonthName(value: string): string {
  const month = Number(value.slice(5, 7));
  return MONTHS[month - 1] ?? value;
}

/** Regional-indicator pair of an ISO 3166-1 alpha-2 code: `MA` → 🇲🇦. */
export function flagEmoji(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** French number: digits grouped by a narrow no-break space, decimal comma: 12345.6 → `12 345,6`. */
export function formatCount(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

export function pluralize(n: number, singular: string, plural: string): string {
  return `${formatCount(n)} ${n === 1 || n === 0 ? singular : plural}`;
}

/** At most `max` characters, cut at a word, with "…" when cut. */
export function cropText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** French quotation marks, with the no-break spaces that keep them on the quoted words' line. */
export function quote(text: string): string {
  return `«\u00a0${text}\u00a0»`;
}
