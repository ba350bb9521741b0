import { isValid, parse } from 'date-fns';

const DATE_SHAPE = /^\d{4}-\d{2}(?:-\d{2})?$/;
const REFERENCE_DATE = new Date(2000, 0, 1);

/**
 * Checks an article date: `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date
 * ("2021-02-30" and "2021-13" are refused). Returns the reason when it is not.
 */
export function checkArticleDate(value: string): { ok: true } | { ok: false; reason: string } {
  if (!DATE_SHAPE.test(value)) {
    return { ok: false, reason: `date "${value}" is not YYYY-MM or YYYY-MM-DD` };
  }
  const pattern = value.length === 7 ? 'yyyy-MM' : 'yyyy-MM-dd';
  if (!isValid(parse(value, pattern, REFERENCE_DATE))) {
    return { ok: false, reason: `impossible date "${value}"` };
  }
  return { ok: true };
}
