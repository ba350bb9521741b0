import { describe, expect, it } from 'vitest';
import { createStubTagger } from '../indexer/testing/stub-tagger';
import { benchIndexer, formatIndexerBench } from './indexer';

describe('benchIndexer', () => {
  it('builds a seed-format corpus of at least the asked paragraphs and runs every stage on it', async () => {
    const { tagger, tagged } = createStubTagger();
    const texts = ['Un paragraphe assez long pour rester un paragraphe.', 'Titre court', 'Une autre phrase complète.'];
    const result = await benchIndexer({ texts, tagger, minParagraphs: 500 });
    expect(result.paragraphs).toBeGreaterThanOrEqual(500);
    expect(tagged).toHaveLength(result.paragraphs);
    expect(tagged).not.toContain('Les enjeux du dossier');
    expect(result.articles).toBeGreaterThan(0);
    expect(formatIndexerBench(result)).toMatch(new RegExp(`^indexer: ${result.paragraphs} paragraphs in ${result.articles} articles`));
  });
});
