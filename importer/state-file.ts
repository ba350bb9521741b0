import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { ImportConfigError } from './errors';
import type { Validators } from './http-client';

const stateSchema = z.object({
  version: z.literal(1),
  /** Validators of the last complete import of each feed or page URL. */
  http: z.record(z.string(), z.object({ etag: z.string().nullish(), lastModified: z.string().nullish() })),
});
export type ImportState = z.infer<typeof stateSchema>;

export function emptyState(): ImportState {
  return { version: 1, http: {} };
}

/** Loads the state file; a missing one is an empty state, a corrupt one is a configuration error. */
export async function loadState(file: string): Promise<ImportState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw new ImportConfigError(`cannot read state file ${file}`, { cause });
  }
  try {
    return stateSchema.parse(JSON.parse(text));
  } catch (cause) {
    throw new ImportConfigError(`state file ${file} is not valid (delete it to start afresh)`, { cause });
  }
}

export async function saveState(file: string, state: ImportState): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temp, file);
}

export function validatorsFor(state: ImportState, url: string): Validators | undefined {
  return state.http[url];
}
