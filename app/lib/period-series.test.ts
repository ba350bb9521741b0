import { describe, expect, it } from 'vitest';
import { periodSeries } from './period-series';

describe('periodSeries', () => {
  it('gives one bar a month from the first to the last, empty months included', () => {
    const series = periodSeries({ '2021': 3, '2021-11': 2, '2022': 1, '2022-02': 1, '2021-12': 1 });
    expect(series).toEqual({
      unit: 'month',
      bars: [
        { period: '2021-11', count: 2 },
        { period: '2021-12', count: 1 },
        { period: '2022-01', count: 0 },
        { period: '2022-02', count: 1 },
      ],
    });
  });

  it('switches to years when the span is long, with empty years kept', () => {
    const series = periodSeries({ '2015': 4, '2015-03': 4, '2019': 2, '2019-12': 2 }, 36);
    expect(series.unit).toBe('year');
    expect(series.bars).toEqual([
      { period: '2015', count: 4 },
      { period: '2016', count: 0 },
      { period: '2017', count: 0 },
      { period: '2018', count: 0 },
      { period: '2019', count: 2 },
    ]);
  });

  it('has no bar for no dates', () => {
    expect(periodSeries({}).bars).toEqual([]);
  });
});
