import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WriteError } from './errors';

export type WriteStatus = 'created' | 'updated' | 'unchanged';

/**
 * Writes `<id>.md` in the corpus folder only when its bytes differ, through a hidden temporary file
 * renamed over it: the indexer never sees a half-written article, an unchanged one keeps its mtime.
 */
export async function writeCorpusFile(corpusDir: string, id: string, text: string): Promise<WriteStatus> {
  const file = path.join(corpusDir, `${id}.md`);
  const bytes = Buffer.from(text, 'utf8');
  const previous = await readFile(file).catch(() => null);
  if (previous?.equals(bytes)) return 'unchanged';
  const temp = path.join(corpusDir, `.${id}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(corpusDir, { recursive: true });
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, file);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new WriteError(`cannot write ${file}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`, { cause });
  }
  return previous ? 'updated' : 'created';
}

/** What a dry run would do, without writing. */
export async function compareCorpusFile(corpusDir: string, id: string, text: string): Promise<WriteStatus> {
  const previous = await readFile(path.join(corpusDir, `${id}.md`)).catch(() => null);
  if (!previous) return 'created';
  return previous.equals(Buffer.from(text, 'utf8')) ? 'unchanged' : 'updated';
}
