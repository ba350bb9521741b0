import { describe, expect, it } from 'vitest';
import { QueryTooExpensiveError } from '../../search/index';
import { SearchAdmission, SearchQueueFullError, type AdmissionOptions } from './search-admission';

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets every pending promise callback run (no timers involved). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/**
 * An admission whose loop turns and rests the test ends by hand, and a log of what ran:
 * the order of events is the whole assertion, never a duration.
 */
function harness(overrides: Partial<AdmissionOptions> = {}) {
  const turns: (() => void)[] = [];
  const rests: { ms: number; end: () => void }[] = [];
  let clock = 0;
  const admission = new SearchAdmission({
    maxWaiting: 3,
    retryAfterSeconds: 2,
    yieldTurn: () => new Promise((resolve) => turns.push(resolve)),
    rest: (ms) => new Promise((resolve) => rests.push({ ms, end: resolve })),
    now: () => clock,
    ...overrides,
  });
  const log: string[] = [];
  /** A search that logs its start and ends when its gate opens, `took` clock units later. */
  const search = (name: string, cost: 'cheap' | 'expensive', took = 1) => {
    const end = gate();
    const result = admission.run(cost, async () => {
      log.push(`start ${name}`);
      await end.opened;
      clock += took;
      log.push(`end ${name}`);
      return name;
    });
    return { result, end: end.open };
  };
  const nextTurn = async () => {
    await settle();
    turns.shift()?.();
    await settle();
  };
  const endRest = async () => {
    await settle();
    rests.shift()?.end();
    await settle();
  };
  return { admission, search, log, nextTurn, endRest, turns, rests };
}

describe('SearchAdmission', () => {
  it('runs a cheap search at once, without waiting for a turn of the loop', async () => {
    const h = harness();
    const cheap = h.search('cheap', 'cheap');
    await settle();
    expect(h.log).toEqual(['start cheap']);
    cheap.end();
    await expect(cheap.result).resolves.toBe('cheap');
    expect(h.turns).toHaveLength(0);
  });

  it('runs expensive searches one at a time, in arrival order, each after a turn and a rest', async () => {
    const h = harness();
    const first = h.search('first', 'expensive', 5);
    const second = h.search('second', 'expensive');
    await settle();
    expect(h.log).toEqual([]);
    await h.nextTurn();
    expect(h.log).toEqual(['start first']);
    first.end();
    await settle();
    expect(h.log).toEqual(['start first', 'end first']);
    // The rest lasts as long as the search took; the second waits for it.
    expect(h.rests.map((r) => r.ms)).toEqual([5]);
    await h.nextTurn();
    expect(h.log).not.toContain('start second');
    await h.endRest();
    await h.nextTurn();
    expect(h.log).toEqual(['start first', 'end first', 'start second']);
    second.end();
    await expect(Promise.all([first.result, second.result])).resolves.toEqual(['first', 'second']);
  });

  it('answers a cheap search that arrives behind queued expensive ones before them', async () => {
    const h = harness();
    const expensive = [h.search('e1', 'expensive'), h.search('e2', 'expensive')];
    const cheap = h.search('cheap', 'cheap');
    await settle();
    expect(h.log).toEqual(['start cheap']);
    // The loop turns, but the cheap search is still running: no expensive one starts.
    await h.nextTurn();
    expect(h.log).toEqual(['start cheap']);
    cheap.end();
    await settle();
    expect(h.log).toEqual(['start cheap', 'end cheap', 'start e1']);
    expensive[0]!.end();
    await h.endRest();
    await h.nextTurn();
    expensive[1]!.end();
    await expect(Promise.all(expensive.map((e) => e.result))).resolves.toEqual(['e1', 'e2']);
    expect(h.log).toEqual(['start cheap', 'end cheap', 'start e1', 'end e1', 'start e2', 'end e2']);
  });

  it('waits only for the cheap searches in progress at its turn, so a steady flow of cheap ones cannot starve it', async () => {
    const h = harness();
    const first = h.search('cheap1', 'cheap');
    const expensive = h.search('expensive', 'expensive');
    await h.nextTurn();
    const second = h.search('cheap2', 'cheap');
    first.end();
    await settle();
    expect(h.log).toEqual(['start cheap1', 'start cheap2', 'end cheap1', 'start expensive']);
    second.end();
    expensive.end();
    await expect(Promise.all([first.result, second.result, expensive.result])).resolves.toEqual(['cheap1', 'cheap2', 'expensive']);
  });

  it('refuses an expensive search past the bound of the queue, with the retry delay, and runs the others', async () => {
    const h = harness({ maxWaiting: 2 });
    const admitted = [h.search('e1', 'expensive'), h.search('e2', 'expensive')];
    const refused = h.search('e3', 'expensive');
    const error = await refused.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchQueueFullError);
    expect(error).toBeInstanceOf(QueryTooExpensiveError);
    expect((error as SearchQueueFullError).retryAfterSeconds).toBe(2);
    expect(h.admission.queued).toBe(2);
    // Cheap searches are never refused.
    const cheap = h.search('cheap', 'cheap');
    cheap.end();
    await expect(cheap.result).resolves.toBe('cheap');
    await h.nextTurn();
    admitted[0]!.end();
    // Once the first has started, the queue has room again.
    const later = h.search('e4', 'expensive');
    await h.endRest();
    await h.nextTurn();
    admitted[1]!.end();
    await h.endRest();
    await h.nextTurn();
    later.end();
    await expect(Promise.all([...admitted, later].map((e) => e.result))).resolves.toEqual(['e1', 'e2', 'e4']);
    expect(h.log.filter((line) => line.startsWith('start'))).toEqual(['start cheap', 'start e1', 'start e2', 'start e4']);
  });

  it('frees the lane when an expensive search fails', async () => {
    const h = harness();
    const failing = h.admission.run('expensive', () => Promise.reject(new Error('engine broke')));
    const next = h.search('next', 'expensive');
    await h.nextTurn();
    await expect(failing).rejects.toThrow('engine broke');
    await h.endRest();
    await h.nextTurn();
    expect(h.log).toEqual(['start next']);
    next.end();
    await expect(next.result).resolves.toBe('next');
  });
});
