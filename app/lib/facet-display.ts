import type { FacetDisplay } from '../../search/index';
import { flagEmoji, formatDate } from './format';

/**
 * One facet value as its facet's `display` says: as written, a country's French name (sent by
 * the server in `names`, so the browser never carries the list), or a French month or year.
 */
export function facetValueLabel(
  display: FacetDisplay,
  value: string,
  names: Readonly<Record<string, string>> = {},
): string {
  switch (display) {
    case 'country':
      return names[value] ?? value;
    case 'period':
      return formatDate(value);
    case 'text':
      return value;
  }
}

/** Shown before a value's label and hidden from screen readers: a country's flag. */
export function facetValueDecoration(display: FacetDisplay, value: string): string {
  return display === 'country' ? flagEmoji(value) : '';
}
