import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const tagsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs);
const personsOf = (...paragraphs: string[]) => tagsOf(...paragraphs).map((t) => t.persons);
const countriesOf = (...paragraphs: string[]) => tagsOf(...paragraphs).map((t) => t.countries);

describe('countries named inside something else', () => {
  it('reads a country opening an English organisation’s name as that organisation', () => {
    expect(countriesOf('Dans l’opposition, le Ghana Congress Party dénonce la réforme.')).toEqual([[]]);
    expect(countriesOf('Le Kenya National Party est divisé.')).toEqual([[]]);
    expect(countriesOf('Au Ghana, le Parlement a voté.')).toEqual([['GH']]);
  });

  it('reads a demonym closing a bank’s title as the bank’s, a parliament’s as its country’s', () => {
    expect(countriesOf('Ils manifestent devant la Banque nationale roumaine.')).toEqual([[]]);
    expect(countriesOf('Ils manifestent devant l’Assemblée nationale roumaine.')).toEqual([['RO']]);
    expect(countriesOf('La banque roumaine a prêté.')).toEqual([['RO']]);
  });
});

describe('country names the article disambiguates', () => {
  it('reads "le Congo" as Congo-Brazzaville in an article placed in Brazzaville or Pointe-Noire', () => {
    expect(countriesOf('À Brazzaville, les retraités manifestent.', 'Le Congo consacre son budget à la dette.'))
      .toEqual([['CG'], ['CG']]);
    expect(countriesOf('À Kinshasa, les retraités manifestent.', 'Le Congo consacre son budget à la dette.'))
      .toEqual([['CD'], ['CD']]);
    expect(countriesOf('Le Congo consacre son budget à la dette.')).toEqual([['CD']]);
  });

  it('counts an ambiguous capital of two words where the article names its country', () => {
    expect(countriesOf('La campagne bat son plein au Costa Rica.', 'Mais à San José, la sécurité domine.'))
      .toEqual([['CR'], ['CR']]);
    expect(countriesOf('Mais à San José, la sécurité domine.')).toEqual([[]]);
  });
});

describe('persons', () => {
  it('reads a name held up as "l’exemple de X Y" as a person', () => {
    expect(personsOf('Elle cite volontiers l’exemple de Tuilaepa Malielegaoi au Samoa.')).toEqual([['Tuilaepa Malielegaoi']]);
  });

  it('reads names listed after "les maisons, comme" as houses, not persons', () => {
    expect(personsOf('Pékin a exempté les grandes maisons, comme Hennessy, Martell ou Rémy Martin, des taxes.')).toEqual([[]]);
    expect(personsOf('Des dirigeants, comme Rémy Martin, ont protesté.')).toEqual([['Rémy Martin']]);
  });

  it('reads a given name alone introduced as a parent as a person', () => {
    expect(personsOf('L’eau revient. Fatiha, mère de trois enfants, a revendu ses bidons.')).toEqual([['Fatiha']]);
    expect(personsOf('L’eau revient. Fatiha a revendu ses bidons.')).toEqual([[]]);
  });

  it('reads a quoted nickname given "pour ses partisans" after the surname as that person, used alone later', () => {
    expect(personsOf(
      'Le président Bingu Kamuzu a gagné.',
      'À 85 ans, M. Kamuzu, « BKM » pour ses partisans, a battu le sortant.',
      '« BKM promet de l’essence », ajoute-t-elle.',
    )).toEqual([['Bingu Kamuzu'], ['Bingu Kamuzu'], ['Bingu Kamuzu']]);
    expect(personsOf(
      'Le président Bingu Kamuzu a gagné.',
      'À 85 ans, M. Kamuzu, « BKM », a battu le sortant.',
      '« BKM promet de l’essence », ajoute-t-elle.',
    )).toEqual([['Bingu Kamuzu'], ['Bingu Kamuzu'], []]);
  });
});
