import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_QUERIES } from '../../bench/adversarial';
import { predictQueryCost } from './query-cost';

describe('predictQueryCost', () => {
  it('calls every hostile shape of the bench expensive, in any case', () => {
    for (const q of ADVERSARIAL_QUERIES) {
      expect(predictQueryCost(q), q).toBe('expensive');
      expect(predictQueryCost(q.toUpperCase()), q).toBe('expensive');
    }
  });

  it('calls stop words alone, short prefixes and long chains of parts expensive', () => {
    for (const q of ['de', 'leurs', 'la le', 'pol', 'Emmanuel Mac', '2021', 'un-deux-trois-quatre-cinq-six']) {
      expect(predictQueryCost(q), q).toBe('expensive');
    }
  });

  it('calls ordinary searches cheap: names, topics, a stop word beside a rarer word, the empty query', () => {
    for (const q of ['Macron', 'gouvernement', 'président de la République', 'la Seine ', "l'Élysée", 'Benny Gantz', '', 'pol -ski', 'garde-côtes']) {
      expect(predictQueryCost(q), q).toBe('cheap');
    }
  });
});
