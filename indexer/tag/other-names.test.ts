import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const personsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs).map((t) => t.persons);
const countriesOf = (text: string) => tagger.tagArticle([text])[0]!.countries;

describe('capitalised names of other things', () => {
  it('does not take companies and groups named after a class noun for persons', () => {
    expect(personsOf('Les multinationales Cargill et Barry Callebaut se taisent.')).toEqual([[]]);
    expect(personsOf('Le chef d’entreprise Bernard Tapie a parlé.')).toEqual([['Bernard Tapie']]);
    expect(personsOf('Selon son directeur Afrique, Sadibou Marong, la presse souffre.')).toEqual([['Sadibou Marong']]);
  });

  it('does not take armed groups named in English word order for persons', () => {
    expect(personsOf('Les paramilitaires sont passés du groupe Wagner à l’Africa Corps.')).toEqual([[]]);
  });

  it('does not read a country at the end of an organisation’s title', () => {
    expect(countriesOf('L’Union des forces démocratiques de Guinée boycotte.')).toEqual([]);
    expect(countriesOf('La Banque mondiale estime que la Guinée progresse.')).toEqual(['GN']);
  });

  it('does not take a name opened by an article for a person', () => {
    expect(personsOf('Le parti La Libertad Avanza a gagné.')).toEqual([[]]);
  });

  it('finds very large cities by their international name and peoples by their demonym', () => {
    expect(countriesOf('Des manifestations à Busan.')).toEqual(['KR']);
    expect(countriesOf('Une militante sahraouie a parlé.')).toEqual(['EH']);
  });

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

  it('does not read a country into a language', () => {
    expect(countriesOf('Le livre sera traduit en anglais, puis l’allemande suivra.')).toEqual([]);
    expect(countriesOf('Le gouvernement allemand et les Anglais ont réagi.')).toEqual(['DE', 'GB']);
  });

  it('does not read a country into a river', () => {
    expect(personsOf('Le barrage est construit sur le Nil Bleu.')).toEqual([[]]);
  });

  it('does not read a country into a club named after its city', () => {
    expect(countriesOf('Le Wydad Casablanca a battu l’Espérance de Tunis.')).toEqual([]);
    expect(countriesOf('La finale a eu lieu à Casablanca.')).toEqual(['MA']);
  });
});
