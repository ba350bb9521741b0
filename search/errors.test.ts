import { describe, expect, it, vi } from 'vitest';
import * as errors from './errors';

/** A second copy of the module, as a separately bundled page or route holds. */
async function secondCopy(): Promise<typeof errors> {
  vi.resetModules();
  return import('./errors');
}

describe('the error classes of the contract', () => {
  it('match an error made by another copy of the module by kind', async () => {
    const other = await secondCopy();
    expect(other.EngineUnavailableError).not.toBe(errors.EngineUnavailableError);
    const error = new other.EngineUnavailableError('store locked');
    expect(error).toBeInstanceOf(errors.EngineUnavailableError);
    expect(error).toBeInstanceOf(errors.SearchEngineError);
    expect(error).not.toBeInstanceOf(errors.InvalidQueryError);
    expect(error).not.toBeInstanceOf(errors.IndexChangedError);
    expect(new other.IndexChangedError('moved')).toBeInstanceOf(errors.EngineUnavailableError);
    expect(new other.QueryTooExpensiveError('slow')).toBeInstanceOf(errors.QueryTooExpensiveError);
  });

  it('match a subclass of another copy through the kinded class it extends', async () => {
    const other = await secondCopy();
    class CorruptStore extends other.EngineUnavailableError {}
    const error = new CorruptStore('bad page');
    expect(error).toBeInstanceOf(errors.EngineUnavailableError);
    // A subclass without a kind of its own is matched as usual: only by its own class.
    class Unrelated extends errors.EngineUnavailableError {}
    expect(error).not.toBeInstanceOf(Unrelated);
    expect(new Unrelated('x')).toBeInstanceOf(Unrelated);
  });

  it('match nothing else', () => {
    for (const value of [new Error('plain'), null, undefined, 'EngineUnavailableError', { name: 'EngineUnavailableError' }]) {
      expect(value instanceof errors.SearchEngineError).toBe(false);
      expect(value instanceof errors.EngineUnavailableError).toBe(false);
    }
  });
});
