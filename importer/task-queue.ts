/**
 * Runs tasks with at most `concurrency` at a time; tasks may add more tasks (a feed adds its
 * items) without holding a slot while they wait. `idle()` resolves once nothing is queued or running.
 */
export function createTaskQueue(concurrency: number) {
  const waiting: Array<() => void> = [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];

  const pump = () => {
    while (running < concurrency && waiting.length > 0) {
      running++;
      waiting.shift()?.();
    }
    if (running === 0 && waiting.length === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  function push<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        task()
          .then(resolve, reject)
          .finally(() => {
            running--;
            pump();
          });
      });
      pump();
    });
  }

  function idle(): Promise<void> {
    return new Promise((resolve) => {
      idleWaiters.push(resolve);
      pump();
    });
  }

  return { push, idle };
}
