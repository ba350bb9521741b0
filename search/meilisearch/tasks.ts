import type { EnqueuedTaskPromise, Task } from 'meilisearch';
import { MeilisearchTaskFailedError, toEngineError } from './errors';

/** Explicit waits (ms): small metadata tasks vs. document batches, which index for longer. */
export const TASK_TIMEOUT_MS = {
  metadata: 120_000,
  documents: 30 * 60_000,
} as const;

const POLL_INTERVAL_MS = 200;

/**
 * Throws unless the task succeeded: the client resolves `failed` and `canceled` tasks without
 * throwing, so a bare `await task.waitTask()` would silently lose a failed write.
 */
export function assertTaskSucceeded(task: Task, doing: string): Task {
  if (task.status === 'succeeded') return task;
  const code = task.error?.code ?? null;
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
  throw new MeilisearchTaskFailedError(
    `${doing}: task ${task.uid} (${task.type}) ${task.status}: ${reason}`,
    task.uid,
    task.status,
    code,
    { cause: task.error ?? undefined },
  );
}

/** Enqueues, waits with an explicit timeout, and checks the final status. */
export async function runTask(
  enqueue: () => EnqueuedTaskPromise,
  doing: string,
  timeoutMs: number = TASK_TIMEOUT_MS.metadata,
): Promise<Task> {
  let task: Task;
  try {
    task = await enqueue().waitTask({ timeout: timeoutMs, interval: POLL_INTERVAL_MS });
  } catch (error) {
    throw toEngineError(error, doing);
  }
  return assertTaskSucceeded(task, doing);
}
