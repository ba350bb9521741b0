import { afterAll, beforeAll } from 'vitest';
import type { SearchEngine } from '../engine';
import type { OpenContractEngine } from './engine-contract';

/** Opens a fresh engine before the enclosing suite's tests and disposes of it after them. */
export function useFreshEngine(open: OpenContractEngine): () => SearchEngine {
  let opened: Awaited<ReturnType<OpenContractEngine>> | null = null;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(async () => {
    await opened?.cleanup();
  });
  return () => {
    if (!opened) throw new Error('the contract engine is not open yet');
    return opened.engine;
  };
}
