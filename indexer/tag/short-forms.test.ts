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
