import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const personsOf = (text: string) => tagger.tagArticle([text])[0]!.persons;

describe('canonical person names, the same whatever the spelling', () => {
  it('writes initials with a period and a space', () => {
    for (const spelling of ['J.R.R. Tolkien', 'J. R. R. Tolkien', 'J.R. R. Tolkien']) {
      expect(personsOf(`L’écrivain ${spelling} est né en 1892.`)).toEqual(['J. R. R. Tolkien']);
    }
  });

  it('writes apostrophes the typographic way', () => {
    expect(personsOf("Conor O'Neill a parlé.")).toEqual(['Conor O’Neill']);
    expect(personsOf('Conor O’Neill a parlé.')).toEqual(['Conor O’Neill']);
  });

  it('writes European particles in lower case inside a name', () => {
    expect(personsOf('Ursula Von Der Leyen a parlé.')).toEqual(['Ursula von der Leyen']);
    expect(personsOf('Maria Da Graça Machel a parlé.')).toEqual(['Maria da Graça Machel']);
  });

  it('capitalises Arabic and Berber links and joins the Arabic article to its noun', () => {
    expect(personsOf('Mohammed ben Salmane a parlé.')).toEqual(['Mohammed Ben Salmane']);
    expect(personsOf('Mohamed ould Ghazouani a parlé.')).toEqual(['Mohamed Ould Ghazouani']);
    for (const spelling of ['Al Thani', 'Al-Thani', 'al-Thani']) {
      expect(personsOf(`Tamim ben Hamad ${spelling} a parlé.`)).toEqual(['Tamim Ben Hamad Al-Thani']);
    }
  });

  it('writes a name suffix with its period', () => {
    expect(personsOf('Le président Ferdinand Marcos Jr. a parlé.')).toEqual(['Ferdinand Marcos Jr.']);
    expect(personsOf('Il accuse Ferdinand Marcos Jr.')).toEqual(['Ferdinand Marcos Jr.']);
  });

  it('keeps Filipino and Hassaniya particles in the name', () => {
    expect(personsOf('Le sénateur Ronald dela Rosa a parlé.')).toEqual(['Ronald dela Rosa']);
    expect(personsOf('La militante Mariem Salek mint Ahmed a parlé.')).toEqual(['Mariem Salek Mint Ahmed']);
  });

  it('writes plain hyphens and spaces', () => {
    expect(personsOf('Jean\u2011François Lavoie a parlé.')).toEqual(['Jean-François Lavoie']);
  });
});
