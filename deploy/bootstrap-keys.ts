/*
 * One-shot job of the `keys` compose service, the only container besides Meilisearch that holds
 * the master key. It creates (or finds) the indexer key and the search-only key, and writes each
 * to its own volume: the indexer mounts one, the web app the other, neither sees the master key.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { z } from 'zod';
import { ensureDeploymentKeys } from '../search/admin';
import { DEFAULT_INDEX_UID, formatZodIssues, indexUidSchema } from '../search/index';

const envSchema = z.object({
  MEILI_URL: z.url({ protocol: /^https?$/ }),
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 bytes'),
  MEILI_INDEX: indexUidSchema.default(DEFAULT_INDEX_UID),
  INDEXER_KEY_FILE: z.string().min(1),
  SEARCH_KEY_FILE: z.string().min(1),
});

/** Write-then-rename: a reader never sees half a key. Readable by the owner only. */
async function writeSecret(file: string, value: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, value, { mode: 0o600 });
  await rename(temporary, file);
}

async function main(): Promise<number> {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    // Names the variables only (zod's messages never quote the value): it could be the master key.
    process.stderr.write(`error: invalid environment: ${formatZodIssues(parsed.error, { rootName: 'environment' }).join('; ')}\n`);
    return 2;
  }
  const env = parsed.data;
  const client = new Meilisearch({ host: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, timeout: 30_000 });
  try {
    const { indexerKey, searchKey } = await ensureDeploymentKeys(client, env.MEILI_INDEX, env.MEILI_MASTER_KEY);
    await writeSecret(env.INDEXER_KEY_FILE, indexerKey);
    await writeSecret(env.SEARCH_KEY_FILE, searchKey);
  } catch (error) {
    const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`fatal: ${name}\n`);
    return 1;
  }
  process.stderr.write(`keys ready for index ${env.MEILI_INDEX}: indexer key and search-only key written\n`);
  return 0;
}

process.exitCode = await main();
