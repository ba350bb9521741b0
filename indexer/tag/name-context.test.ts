import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const personsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs).map((t) => t.persons);
const countriesOf = (text: string) => tagger.tagArticle([text])[0]!.countries;

describe('capitalised words glued before a name', () => {
  it('leaves out an imperative opening a slogan', () => {
    expect(personsOf('L’opposant tchadien Succès Masra a été condamné.', 'Ses partisans ont crié « Libérez Masra ! ».'))
      .toEqual([['Succès Masra'], ['Succès Masra']]);
    expect(personsOf('Le député Idrissa Kaboré est détenu.', 'La foule scandait « Relâchez Idrissa Kaboré ».'))
      .toEqual([['Idrissa Kaboré'], ['Idrissa Kaboré']]);
  });

  it('reads a town right after a given name as a surname', () => {
    expect(tagger.tagArticle(['Un livret de Lewis Trondheim, dont la première a eu lieu.'])[0]).toEqual({ persons: ['Lewis Trondheim'], countries: [] });
    expect(tagger.tagArticle(['Un festival à Trondheim.'])[0]).toEqual({ persons: [], countries: ['NO'] });
  });

  it('leaves out a place after a preposition before a full name', () => {
    const tags = tagger.tagArticle(['L’ancien maire de Lima Rafael López Aliaga, candidat, a parlé.'])[0]!;
    expect(tags).toEqual({ persons: ['Rafael López Aliaga'], countries: ['PE'] });
  });
});

describe('given names that are ordinary words', () => {
  it('takes one after a title when the surname recurs alone', () => {
    expect(personsOf('L’opposant tchadien Succès Masra a été condamné.', 'Masra fera appel.'))
      .toEqual([['Succès Masra'], ['Succès Masra']]);
    expect(personsOf('L’opposant tchadien Succès Masra a été condamné.')).toEqual([[]]);
  });

  it('takes one after an occupation when the surname recurs alone', () => {
    expect(personsOf('Le chanteur Succès Masra a chanté.', 'Masra reviendra.'))
      .toEqual([['Succès Masra'], ['Succès Masra']]);
  });
});

describe('patronymic particles', () => {
  it('keeps Malay and Indonesian patronymics inside the name, in lower case', () => {
    expect(personsOf('Pour la chercheuse Siti Rahmawati binti Abdullah, rien ne change.'))
      .toEqual([['Siti Rahmawati binti Abdullah']]);
    expect(personsOf('Halimah binte Yacob, l’ancienne présidente, a parlé.')).toEqual([['Halimah binte Yacob']]);
  });
});

describe('a person’s name given to something else', () => {
  it('does not read the person from a road, a trophy or a corridor named after him', () => {
    expect(personsOf('Donald Trump a signé.', 'L’accord ouvre une « route Trump pour la paix ».')).toEqual([['Donald Trump'], []]);
    expect(personsOf('Lev Yachine reste une légende.', 'Il a reçu le trophée Yachine.')).toEqual([['Lev Yachine'], []]);
    expect(personsOf('Donald Trump a signé.', 'Le corridor Trump traversera le Syunik.')).toEqual([['Donald Trump'], []]);
  });

  it('does not resolve a family to one of its members', () => {
    expect(personsOf('Ali Bongo Ondimba a quitté le pouvoir.', '« Les Bongo, c’est fini », dit-elle.')).toEqual([['Ali Bongo Ondimba'], []]);
    expect(personsOf('Ali Bongo Ondimba a quitté le pouvoir.', 'C’était le fief de la famille Bongo.')).toEqual([['Ali Bongo Ondimba'], []]);
    expect(personsOf('Ali Bongo Ondimba a quitté le pouvoir.', 'Le clan Bongo se tait.')).toEqual([['Ali Bongo Ondimba'], []]);
  });
});

describe('single names with a strong cue', () => {
  it('takes a given name after an imperial or ducal title', () => {
    expect(personsOf('Le diadème de l’impératrice Eugénie, épouse de Napoléon III, a disparu.'))
      .toEqual([['Eugénie', 'Napoléon III']]);
    expect(personsOf('Le tsar Nicolas est mort en 1918.')).toEqual([['Nicolas']]);
  });

  it('takes a given name after a qualified title', () => {
    expect(personsOf('Le prince héritier Hussein a inauguré l’usine.')).toEqual([['Hussein']]);
    expect(personsOf('Le défunt roi Hussein a signé la paix.')).toEqual([['Hussein']]);
  });

  it('takes a team-mate named by one word', () => {
    expect(personsOf('Il devance son coéquipier portugais Vitinha.')).toEqual([['Vitinha']]);
    expect(countriesOf('Il devance son coéquipier portugais Vitinha.')).toEqual(['PT']);
  });
});
