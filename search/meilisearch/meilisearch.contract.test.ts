import { Meilisearch } from 'meilisearch';
import { describe, it } from 'vitest';
import { describeEngineContract } from '../contract';
import { liveIndexes, newRev, isStagingIndexOf } from './index-names';
import { openMeilisearchEngine } from './index';

/*
 * The shared contract against a real Meilisearch server, when one is configured:
 *   MEILI_URL=http://127.0.0.1:7700 MEILI_ADMIN_KEY=… npx vitest run search/meilisearch/meilisearch.contract.test.ts
 * (MEILI_MASTER_KEY is accepted in place of MEILI_ADMIN_KEY for a throw-away local server.)
 * Each suite works in indexes of its own (`contract-<rev>*`) and deletes them afterwards.
 * Without MEILI_URL nothing is faked: the suite is reported as skipped.
 */

const url = process.env.MEILI_URL?.trim();
const apiKey = (process.env.MEILI_ADMIN_KEY ?? process.env.MEILI_MASTER_KEY)?.trim();
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function skipReason(): string | null {
  if (!url) return 'MEILI_URL is not set';
  if (!apiKey) return 'MEILI_ADMIN_KEY (or MEILI_MASTER_KEY) is not set';
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return `MEILI_URL is not a URL`;
  }
  if (!LOCAL_HOSTS.has(host)) return `MEILI_URL must point at this machine (got ${host}); tests talk to localhost only`;
  return null;
}

const reason = skipReason();

if (reason !== null) {
  console.log(`[meilisearch contract] skipped: ${reason}`);
  describe.skip('meilisearch engine contract', () => {
    it.skip(`skipped: ${reason}`, () => {});
  });
} else {
  const admin = new Meilisearch({ host: url!, apiKey: apiKey!, timeout: 30_000 });

  describeEngineContract('meilisearch', async () => {
    const indexUid = `contract-${newRev()}`;
    const engine = await openMeilisearchEngine({ url: url!, apiKey: apiKey!, indexUid });
    const cleanup = async () => {
      await engine.close();
      const live = liveIndexes(indexUid);
      const { results } = await admin.getRawIndexes({ limit: 1_000 });
      const ours = results
        .map((index) => index.uid)
        .filter((uid) => uid === live.paragraphs || uid === live.articles || isStagingIndexOf(indexUid, uid));
      for (const uid of ours) await admin.deleteIndex(uid).waitTask({ timeout: 60_000 });
    };
    return { engine, cleanup };
  });
}
