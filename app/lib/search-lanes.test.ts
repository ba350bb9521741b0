import { describe, expect, it, vi } from 'vitest';
import { emptyFilters } from '../../search/index';
import { MEASURED_EXPENSIVE_MS, QueryCostMemory } from './search-lanes';

vi.mock('server-only', () => ({}));

const state = (q: string, page = 1) => ({ q, filters: emptyFilters(), page });

describe('QueryCostMemory', () => {
  it('sends a query of cheap shape to the expensive lane once it was measured slow, whatever its spelling', () => {
    const memory = new QueryCostMemory();
    const slow = state('sécurité sociale');
    expect(memory.costOf(QueryCostMemory.key(slow), slow)).toBe('cheap');
    memory.remember(QueryCostMemory.key(slow), MEASURED_EXPENSIVE_MS);
    const respelled = state('SÉCURITÉ   Sociale');
    expect(memory.costOf(QueryCostMemory.key(respelled), respelled)).toBe('expensive');
    // Another page is another search, with its own cost.
    expect(memory.costOf(QueryCostMemory.key(state('sécurité sociale', 2)), slow)).toBe('cheap');
  });

  it('keeps the shape’s verdict for a query measured fast (a cached result says nothing of the next spelling)', () => {
    const memory = new QueryCostMemory();
    const hostile = state('de-de-de-de');
    memory.remember(QueryCostMemory.key(hostile), 0.1);
    expect(memory.costOf(QueryCostMemory.key(hostile), hostile)).toBe('expensive');
  });

  it('forgets the oldest queries past its capacity', () => {
    const memory = new QueryCostMemory(2);
    const [a, b, c] = ['gouvernement', 'Macron', 'Gantz'].map((q) => state(q));
    for (const s of [a!, b!, c!]) memory.remember(QueryCostMemory.key(s), MEASURED_EXPENSIVE_MS * 2);
    expect(memory.costOf(QueryCostMemory.key(a!), a!)).toBe('cheap');
    expect(memory.costOf(QueryCostMemory.key(c!), c!)).toBe('expensive');
  });
});
