import { open } from 'node:fs/promises';
import { ImportError, TooLargeError } from './errors';
import { formatBytes } from './http-client';

/** Reads a local source with the same size cap as a download (checked before reading). */
export async function readLocalFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (cause) {
    throw new ImportError(`cannot open: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`, { cause });
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ImportError('not a regular file');
    if (stats.size > maxBytes) throw new TooLargeError(`file too large (${formatBytes(stats.size)} > limit ${formatBytes(maxBytes)})`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
