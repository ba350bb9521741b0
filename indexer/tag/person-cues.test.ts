import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const personsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs).map((t) => t.persons);
const countriesOf = (text: string) => tagger.tagArticle([text])[0]!.countries;

describe('names no list knows, in a person’s slot', () => {
  it('takes a name after a speech verb or "selon"', () => {
    expect(personsOf('« Nous resterons », a déclaré Kwabena Asante Boateng.')).toEqual([['Kwabena Asante Boateng']]);
    expect(personsOf('Selon Akosua Serwaa Darko, rien n’est joué.')).toEqual([['Akosua Serwaa Darko']]);
  });

  it('takes a name before a role apposition or a speech verb', () => {
    expect(personsOf('Kojo Mensah Ofori, porte-parole du parti, a confirmé.')).toEqual([['Kojo Mensah Ofori']]);
    expect(personsOf('Tsegaye Worku Bekele a affirmé que tout allait bien.')).toEqual([['Tsegaye Worku Bekele']]);
  });

  it('keeps unknown given names before a known one', () => {
    expect(personsOf('Le président Bola Ahmed Tinubu a parlé.')).toEqual([['Bola Ahmed Tinubu']]);
  });

  it('still ignores unknown capitalised pairs with no cue', () => {
    expect(personsOf('Les analystes de Goldman Sachs anticipent une récession.')).toEqual([[]]);
  });
});

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

describe('particles inside names', () => {
  it('keeps patronymic chains whole', () => {
    expect(personsOf('Le cheikh Tamim ben Hamad Al Thani a reçu Ahmed Ould Abdallah.')).toEqual([
      ['Ahmed Ould Abdallah', 'Tamim Ben Hamad Al-Thani'],
    ]);
  });

  it('keeps a particle between a given name and a full name', () => {
    expect(personsOf('Maria da Graça Machel a parlé.')).toEqual([['Maria da Graça Machel']]);
  });
});

describe('capitalised names of other things', () => {
  it('does not take alliances, fronts and corps for persons', () => {
    expect(personsOf('L’Alliance des États du Sahel et le Front Polisario ont signé.')).toEqual([[]]);
    expect(personsOf('Le Corps des gardiens de la révolution islamique a tiré.')).toEqual([[]]);
  });

  it('does not read a country into a geographic feature or a province', () => {
    expect(countriesOf('Des pirates dans le golfe de Guinée et le delta du Niger.')).toEqual([]);
    expect(countriesOf('Le bassin du Congo et la province de Luxembourg.')).toEqual([]);
    expect(countriesOf('Le Niger et la Guinée ont signé.')).toEqual(['GN', 'NE']);
  });

  it('does not read a country into a region qualified by another', () => {
    expect(countriesOf('L’Azerbaïdjan a protesté.')).toEqual(['AZ']);
    expect(countriesOf('Dans l’Azerbaïdjan iranien, la colère gronde.')).toEqual(['IR']);
  });

  it('does not read a country into a club named after its city', () => {
    expect(countriesOf('Le Wydad Casablanca a battu l’Espérance de Tunis.')).toEqual([]);
    expect(countriesOf('La finale a eu lieu à Casablanca.')).toEqual(['MA']);
  });
});
