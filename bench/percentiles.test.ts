import { describe, expect, it } from 'vitest';
import { percentiles } from './percentiles';

describe('percentiles', () => {
  it('takes the nearest rank of 1..100, whatever the input order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(values)).toEqual({ n: 100, p50: 50, p95: 95, p99: 99 });
  });

  it('gives zeros for an empty sample', () => {
    expect(percentiles([])).toEqual({ n: 0, p50: 0, p95: 0, p99: 0 });
  });
});
