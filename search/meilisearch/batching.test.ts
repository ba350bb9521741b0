import { describe, expect, it } from 'vitest';
import { DocumentBatch, MAX_BATCH_BYTES, MAX_BATCH_DOCUMENTS } from './batching';
import { isStagingIndexOf, liveIndexes, newRev, stagingIndexes } from './index-names';

describe('DocumentBatch', () => {
  it('closes on the document count', () => {
    const batch = new DocumentBatch<{ n: number }>(3, 1e9);
    batch.add([{ n: 1 }, { n: 2 }]);
    expect(batch.wouldOverflow([{ n: 3 }])).toBe(false);
    batch.add([{ n: 3 }]);
    expect(batch.wouldOverflow([{ n: 4 }])).toBe(true);
    expect(batch.take()).toHaveLength(3);
    expect(batch.size).toBe(0);
  });

  it('closes on the JSON byte size, counting UTF-8 bytes', () => {
    const batch = new DocumentBatch<{ t: string }>(1e9, 100);
    batch.add([{ t: 'é'.repeat(30) }]);
    expect(batch.bytes).toBeGreaterThan(60);
    expect(batch.wouldOverflow([{ t: 'é'.repeat(30) }])).toBe(true);
  });

  it('never refuses the first article of a batch, however large', () => {
    const batch = new DocumentBatch<{ t: string }>(1, 10);
    expect(batch.wouldOverflow([{ t: 'x'.repeat(100) }, { t: 'y' }])).toBe(false);
  });

  it('follows the documented guidance: tens of thousands of documents, under the 100 MB payload limit', () => {
    expect(MAX_BATCH_DOCUMENTS).toBeGreaterThanOrEqual(50_000);
    expect(MAX_BATCH_BYTES).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('index names', () => {
  it('keep staging apart from the serving names and recognise leftovers', () => {
    const staging = stagingIndexes('paragraphs', 'abc');
    expect(staging.paragraphs).not.toBe(liveIndexes('paragraphs').paragraphs);
    expect(isStagingIndexOf('paragraphs', staging.paragraphs)).toBe(true);
    expect(isStagingIndexOf('paragraphs', staging.articles)).toBe(true);
    expect(isStagingIndexOf('paragraphs', 'paragraphs')).toBe(false);
    expect(isStagingIndexOf('paragraphs', 'paragraphs-articles')).toBe(false);
    expect(isStagingIndexOf('paragraphs', 'other-staging-abc')).toBe(false);
  });

  it('make valid, distinct index uids', () => {
    const a = newRev(1_700_000_000_000, 0.1);
    const b = newRev(1_700_000_000_000, 0.2);
    expect(a).not.toBe(b);
    expect(stagingIndexes('paragraphs', a).articles).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
