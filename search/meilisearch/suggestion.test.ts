import { describe, expect, it } from 'vitest';
import { respellableWords } from '../spelling';
import {
  buildRespellingProbes,
  buildTermCounts,
  chooseRespellings,
  probePrefix,
  respellingsFromProbes,
  termCountsFrom,
  termsToCount,
} from './suggestion';

const hits = (...texts: string[]) => ({ hits: texts.map((text) => ({ text })) });

describe('Meilisearch respellings', () => {
  it('probes each word as typed and by a prefix one typo reaches the common spelling from', () => {
    expect(probePrefix('tebounne')).toBe('tebou');
    expect(probePrefix('abdelmadjid')).toBe('abdelma');
    expect(probePrefix('gatz')).toBe('gat');
    const probes = buildRespellingProbes(respellableWords('président Tebounne'), 'paragraphs');
    expect(probes.map((p) => p.q)).toEqual(['president ', 'presid', 'tebounne ', 'tebou']);
    expect(probes[0]).toMatchObject({ indexUid: 'paragraphs', attributesToSearchOn: ['text'], limit: 20, matchingStrategy: 'all' });
  });

  it('reads the respellings in the probe hits, closest first, as the text writes them', () => {
    const found = respellingsFromProbes('tebounne', [
      hits('Abdelmadjid Tebboune a reçu le ministre.', 'Le président Tebboune à Oran.'),
      hits('Une dépêche évoque Tebounne ; Tebounnes ailleurs.', 'Rien à voir : Teboulba.'),
    ]);
    expect([...found]).toEqual([
      ['tebounnes', 'Tebounnes'],
      ['tebboune', 'Tebboune'],
    ]);
  });

  it('counts each word and its respellings as phrases, and keeps the respelling found most', () => {
    const words = respellableWords('président Tebounne');
    const found = [new Map<string, string>(), new Map([['tebboune', 'Tebboune'], ['tebbounes', 'Tebbounes']])];
    const terms = termsToCount(words, found);
    expect(terms).toEqual(['president', 'tebounne', 'tebboune', 'tebbounes']);
    expect(buildTermCounts(terms, 'paragraphs').map((q) => q.q)).toEqual(['"president"', '"tebounne"', '"tebboune"', '"tebbounes"']);
    const counts = termCountsFrom([{ totalHits: 40 }, { totalHits: 1 }, { totalHits: 12 }, { totalHits: 2 }]);
    expect([...chooseRespellings(words, found, counts).values()]).toEqual(['Tebboune']);
    // Found no more than the word as typed: no respelling.
    expect(chooseRespellings(words, found, [40, 12, 12, 2]).size).toBe(0);
  });
});
