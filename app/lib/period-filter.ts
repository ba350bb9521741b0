/**
 * A period facet is a hierarchy: a year (`2022`) holds its months (`2022-03`). The URL keeps
 * what was ticked; a month ticked inside a ticked year narrows that year to the month.
 */

const isMonth = (value: string) => value.length === 7;
const yearOf = (value: string) => value.slice(0, 4);

/** Ticks or unticks one value; unticking a year unticks its months with it. */
export function togglePeriodValue(values: readonly string[], value: string): string[] {
  if (values.includes(value)) {
    return values.filter((v) => v !== value && (isMonth(value) || !(isMonth(v) && yearOf(v) === value)));
  }
  return [...values, value];
}

/** The values the engine filters on: a year with months ticked under it stands for those months. */
export function narrowPeriodValues(values: readonly string[]): string[] {
  const yearsWithMonths = new Set(values.filter(isMonth).map(yearOf));
  return values.filter((v) => isMonth(v) || !yearsWithMonths.has(v));
}
