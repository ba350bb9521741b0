import { describe, expect, it } from 'vitest';
import { narrowPeriodValues, togglePeriodValue } from './period-filter';

describe('period facet hierarchy', () => {
  it('a month ticked inside its ticked year narrows the year to that month', () => {
    expect(narrowPeriodValues(['2022', '2022-03'])).toEqual(['2022-03']);
    expect(narrowPeriodValues(['2022', '2022-03', '2022-05'])).toEqual(['2022-03', '2022-05']);
  });

  it('keeps a year without months and a month of another year', () => {
    expect(narrowPeriodValues(['2021', '2022-03'])).toEqual(['2021', '2022-03']);
    expect(narrowPeriodValues(['2021'])).toEqual(['2021']);
  });

  it('unticking a year unticks its months, not the other years’', () => {
    expect(togglePeriodValue(['2021-11', '2022', '2022-03'], '2022')).toEqual(['2021-11']);
  });

  it('unticking a month keeps its year; ticking adds the value', () => {
    expect(togglePeriodValue(['2022', '2022-03'], '2022-03')).toEqual(['2022']);
    expect(togglePeriodValue(['2022'], '2022-03')).toEqual(['2022', '2022-03']);
  });
});
