import { MeilisearchApiError, MeilisearchRequestError, MeilisearchTaskTimeOutError, type EnqueuedTaskPromise, type Task } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import {
  MeilisearchApiCallError,
  MeilisearchAuthError,
  MeilisearchTaskFailedError,
  MeilisearchTimeoutError,
  MeilisearchUnavailableError,
  toEngineError,
} from './errors';
import { assertTaskSucceeded, runTask } from './tasks';

function task(status: Task['status'], error: Task['error'] = null): Task {
  return {
    uid: 7,
    batchUid: 1,
    canceledBy: null,
    indexUid: 'paragraphs',
    status,
    type: 'documentAdditionOrUpdate',
    enqueuedAt: '',
    error,
    duration: null,
    startedAt: null,
    finishedAt: null,
  };
}

/** An enqueued-task promise whose wait resolves (as the client does, even for a failed task) or throws. */
function enqueued(outcome: Task | Error, seen?: { timeout?: number }): () => EnqueuedTaskPromise {
  return () => {
    const promise = Promise.resolve({ taskUid: 7, indexUid: 'p', status: 'enqueued', type: 'documentAdditionOrUpdate', enqueuedAt: '' });
    return Object.assign(promise, {
      waitTask: async (options?: { timeout?: number }) => {
        if (seen) seen.timeout = options?.timeout;
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
    }) as EnqueuedTaskPromise;
  };
}

describe('assertTaskSucceeded', () => {
  it('passes a succeeded task through', () => {
    expect(assertTaskSucceeded(task('succeeded'), 'x').uid).toBe(7);
  });

  it.each(['failed', 'canceled'] as const)('turns a %s task into an error with its code and cause', (status) => {
    const error = { code: 'invalid_document_id', message: 'bad id', type: 'invalid_request', link: '' };
    const run = () => assertTaskSucceeded(task(status, status === 'failed' ? error : null), 'storing');
    expect(run).toThrow(MeilisearchTaskFailedError);
    try {
      run();
    } catch (e) {
      const failure = e as MeilisearchTaskFailedError;
      expect(failure.name).toBe('MeilisearchTaskFailedError');
      expect(failure.status).toBe(status);
      expect(failure.taskUid).toBe(7);
      if (status === 'failed') {
        expect(failure.code).toBe('invalid_document_id');
        expect(failure.cause).toBe(error);
        expect(failure.message).toContain('bad id');
      }
    }
  });
});

describe('runTask', () => {
  it('waits with the explicit timeout it is given', async () => {
    const seen: { timeout?: number } = {};
    await runTask(enqueued(task('succeeded'), seen), 'x', 1234);
    expect(seen.timeout).toBe(1234);
  });

  it('rejects when the task resolved as failed', async () => {
    await expect(runTask(enqueued(task('failed')), 'x')).rejects.toBeInstanceOf(MeilisearchTaskFailedError);
  });

  it('maps a wait timeout into our timeout error', async () => {
    await expect(runTask(enqueued(new MeilisearchTaskTimeOutError(7, 10)), 'x')).rejects.toBeInstanceOf(MeilisearchTimeoutError);
  });
});

describe('toEngineError', () => {
  const apiError = (status: number, code: string) =>
    new MeilisearchApiError(new Response(null, { status }), { code, message: code, type: 'auth', link: '' });

  it('maps refused keys to an auth error that does not echo any key', () => {
    const error = toEngineError(apiError(403, 'invalid_api_key'), 'searching');
    expect(error).toBeInstanceOf(MeilisearchAuthError);
    expect(error.cause).toBeInstanceOf(MeilisearchApiError);
    expect(error.message).not.toMatch(/[0-9a-f]{32,}/);
  });

  it('keeps the API code of other errors', () => {
    const error = toEngineError(apiError(400, 'invalid_search_filter'), 'searching');
    expect(error).toBeInstanceOf(MeilisearchApiCallError);
    expect((error as MeilisearchApiCallError).code).toBe('invalid_search_filter');
  });

  it('maps network failures to unavailable', () => {
    const error = toEngineError(new MeilisearchRequestError('http://127.0.0.1:1/x', new Error('ECONNREFUSED')), 'searching');
    expect(error).toBeInstanceOf(MeilisearchUnavailableError);
    expect(error.name).toBe('MeilisearchUnavailableError');
  });
});
