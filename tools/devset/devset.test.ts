import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTagger } from '../../indexer/tag/index';
import { readDevset } from './read-devset';
import { formatScore, scoreDevset } from './score-devset';

const tagger = createTagger();
const devDir = (group: string) => fileURLToPath(new URL(`./${group}/`, import.meta.url));
const TARGET = 0.95;
const otherGroups = readdirSync(devDir('.'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'tune').map((e) => e.name).sort();

describe('dev set', () => {
  it('tags the seed article exactly: Benny Gantz, Israel and Morocco', () => {
    const [seed] = readDevset(devDir('tune')).filter((a) => a.name.startsWith('00-seed'));
    expect(seed!.paragraphs).toHaveLength(4);
    expect(tagger.tagArticle(seed!.paragraphs)).toEqual([
      { persons: ['Benny Gantz'], countries: ['IL', 'MA'] },
      { persons: ['Benny Gantz'], countries: ['DZ', 'IL', 'MA'] },
      { persons: ['Abdellatif Loudiyi', 'Benny Gantz'], countries: ['IL', 'MA'] },
      { persons: ['Benny Gantz', 'Hassan II', 'Mohammed V'], countries: ['IL', 'MA'] },
    ]);
  });

  it(`reaches precision and recall ≥ ${TARGET} on the tuning articles`, () => {
    const score = scoreDevset(tagger, readDevset(devDir('tune')));
    console.log(formatScore('dev set (tune)', score));
    for (const facet of [score.persons, score.countries]) {
      expect(facet.precision).toBeGreaterThanOrEqual(TARGET);
      expect(facet.recall).toBeGreaterThanOrEqual(TARGET);
    }
  });

  it.each(otherGroups)('scores the %s articles (reported; see BLIND-RESULTS.md for first runs)', (group) => {
    const articles = readDevset(devDir(group));
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const score = scoreDevset(tagger, articles);
    console.log(formatScore(`dev set (${group})`, score));
    expect(score.persons.truePositives + score.countries.truePositives).toBeGreaterThan(0);
  });
});
