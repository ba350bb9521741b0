/** The two indexes a write targets: paragraphs, and one document per article (metadata, fingerprint). */
export interface IndexPair {
  paragraphs: string;
  articles: string;
}

const STAGING = '-staging-';

export function liveIndexes(indexUid: string): IndexPair {
  return { paragraphs: indexUid, articles: `${indexUid}-articles` };
}

/** Where a full re-index is built before the swap; `rev` makes each run's names unique. */
export function stagingIndexes(indexUid: string, rev: string): IndexPair {
  const live = liveIndexes(indexUid);
  return {
    paragraphs: `${live.paragraphs}${STAGING}${rev}`,
    articles: `${live.articles}${STAGING}${rev}`,
  };
}

/** A staging index left by an earlier run of this index (killed, or old data after a swap). */
export function isStagingIndexOf(indexUid: string, candidate: string): boolean {
  const live = liveIndexes(indexUid);
  return (
    candidate.startsWith(`${live.paragraphs}${STAGING}`) ||
    candidate.startsWith(`${live.articles}${STAGING}`)
  );
}

/** A fresh write id: sortable by time, unique enough for concurrent runs to never collide. */
export function newRev(now = Date.now(), random = Math.random()): string {
  return `${now.toString(36)}${Math.floor(random * 36 ** 6).toString(36).padStart(6, '0')}`;
}
