/**
 * Starts an async iteration and waits for its first item, so that a refused query or an engine
 * that is down fails here, while the route can still answer with a status, instead of cutting
 * off a download already under way. The rest is read as the consumer pulls.
 */
export async function startIteration<T>(items: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
}

/** Bytes gathered before a chunk is handed to the response: fewer, larger writes. */
const CHUNK_BYTES = 64 * 1024;

/**
 * A byte stream of text lines, pulled: the next lines are produced only when the client has read
 * the previous chunk, so a slow download never piles up in memory.
 */
export function toByteStream(lines: AsyncIterable<string>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const iterator = lines[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk = '';
        try {
          while (chunk.length < CHUNK_BYTES) {
            const next = await iterator.next();
            if (next.done) {
              if (chunk !== '') controller.enqueue(encoder.encode(chunk));
              controller.close();
              return;
            }
            chunk += next.value;
          }
          controller.enqueue(encoder.encode(chunk));
        } catch (error) {
          onError(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
