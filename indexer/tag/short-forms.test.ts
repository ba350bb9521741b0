import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const personsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs).map((t) => t.persons);

describe('later mentions tied to the full name', () => {
  it('resolves a first word no list knows, used alone', () => {
    expect(personsOf('Le ministre a reçu Prabowo Subianto.', 'Prabowo a promis des réformes.')).toEqual([
      ['Prabowo Subianto'], ['Prabowo Subianto'],
    ]);
  });

  it('resolves a middle name used alone', () => {
    expect(personsOf('Bassirou Diomaye Faye a été élu.', 'Diomaye a remercié ses électeurs.')).toEqual([
      ['Bassirou Diomaye Faye'], ['Bassirou Diomaye Faye'],
    ]);
  });

  it('resolves acronyms and nicknames the article introduces', () => {
    expect(personsOf('Mohammed ben Salmane (MBS) est arrivé.', 'MBS a quitté Riyad.')).toEqual([
      ['Mohammed Ben Salmane'], ['Mohammed Ben Salmane'],
    ]);
    expect(personsOf('Andrés Manuel López Obrador, dit AMLO, est parti.', 'AMLO reste populaire.')).toEqual([
      ['Andrés Manuel López Obrador'], ['Andrés Manuel López Obrador'],
    ]);
    expect(personsOf('Le président Félix Tshisekedi, surnommé « Fatshi », a parlé.', 'Fatshi a ensuite quitté la salle.')).toEqual([
      ['Félix Tshisekedi'], ['Félix Tshisekedi'],
    ]);
  });
});

describe('surnames shared by two people', () => {
  it('gives a surname alone to the first person the article names, unless the paragraph names another', () => {
    expect(personsOf('Rodrigo Duterte a été arrêté.', 'Sa fille Sara Duterte est partie.', 'Duterte a dénoncé un enlèvement.')).toEqual([
      ['Rodrigo Duterte'], ['Sara Duterte'], ['Rodrigo Duterte'],
    ]);
  });

  it('ties a family name used alone to the name given after a title', () => {
    expect(personsOf('Il succède à son prédécesseur Yoon Suk-yeol.', 'Yoon, destitué en avril, est jugé.')).toEqual([
      ['Yoon Suk-yeol'], ['Yoon Suk-yeol'],
    ]);
  });
});

describe('short forms the article introduces', () => {
  it('resolves a name "plus connu sous le nom de" a nickname', () => {
    expect(personsOf('Le chanteur Robert Kyagulanyi, plus connu sous le nom de Bobi Wine, proteste.', 'Bobi Wine a été arrêté.')).toEqual([
      ['Robert Kyagulanyi'], ['Robert Kyagulanyi'],
    ]);
  });

  it('resolves a nickname given after the surname alone', () => {
    expect(personsOf('Virat Kohli a joué.', '« Je continue », a déclaré Kohli, surnommé « King Kohli » par ses fans.')).toEqual([
      ['Virat Kohli'], ['Virat Kohli'],
    ]);
  });

  it('resolves the start of a longer name to it', () => {
    expect(personsOf('La ministre Sri Mulyani Indrawati a prévenu.', 'Sri Mulyani a été remplacée.')).toEqual([
      ['Sri Mulyani Indrawati'], ['Sri Mulyani Indrawati'],
    ]);
  });
});

describe('nicknames and short forms introduced away from the full name', () => {
  it('resolves the initials of a name of three words, wherever they stand', () => {
    expect(personsOf('Le président Kwame Oduro Tetteh a parlé.', 'Surnommé « KOT » par ses partisans, il règne.', '« KOT ou un autre », dit une passante.')).toEqual([
      ['Kwame Oduro Tetteh'], ['Kwame Oduro Tetteh'], ['Kwame Oduro Tetteh'],
    ]);
  });

  it('leaves initials shared by two names of the article', () => {
    expect(personsOf('Le président Kwame Oduro Tetteh et le juge Kofi Owusu Tawiah ont parlé.', '« KOT » reste prudent.')[1]).toEqual([]);
  });

  it('resolves a nickname after "surnomme" that shortens one name of the article', () => {
    expect(personsOf('Le Slovène Tadej Pogačar a gagné.', 'Celui que le peloton surnomme « Pogi » a encore gagné. Pogi vise un titre.')).toEqual([
      ['Tadej Pogačar'], ['Tadej Pogačar'],
    ]);
    expect(personsOf('Le joueur Ousmane Dembélé a gagné.', '« Dembouz », comme le surnomment ses coéquipiers, a pleuré.')).toEqual([
      ['Ousmane Dembélé'], ['Ousmane Dembélé'],
    ]);
  });

  it('reads "comme l’appellent" like "comme le surnomment"', () => {
    expect(personsOf('Le président Alassane Dramane Ouattara a voté.', '« ADO », comme l’appellent ses partisans, a souri.')).toEqual([
      ['Alassane Dramane Ouattara'], ['Alassane Dramane Ouattara'],
    ]);
  });

  it('resolves a surname written without its Arabic article', () => {
    expect(personsOf('Le Premier ministre irakien, Mohammed Chia al-Soudani, a gagné.', 'M. Soudani devra composer.', '« Soudani a gagné », dit-il.')).toEqual([
      ['Mohammed Chia Al-Soudani'], ['Mohammed Chia Al-Soudani'], ['Mohammed Chia Al-Soudani'],
    ]);
  });

  it('resolves the family name of a hyphenated East Asian name used alone', () => {
    expect(personsOf('Un revers pour le président Lai Ching-te.', '« Lai devra gouverner avec ses adversaires », estime-t-il.')).toEqual([
      ['Lai Ching-te'], ['Lai Ching-te'],
    ]);
  });

  it('leaves a nickname quoted inside the name out of it', () => {
    expect(personsOf('Le fils a battu Jorge « Tuto » Quiroga au second tour.')).toEqual([['Jorge Quiroga']]);
  });
});
