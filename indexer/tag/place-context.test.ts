import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const countriesOf = (text: string) => tagger.tagArticle([text])[0]!.countries;

describe('places the gazetteer reads', () => {
  it('reads a capital whose N is written as an elision, even opening a sentence', () => {
    expect(countriesOf('Il est rentré. N’Djamena a rompu sa coopération.')).toEqual(['TD']);
    expect(countriesOf('La cour criminelle de N’Djamena a jugé.')).toEqual(['TD']);
  });

  it('reads Gulf demonyms in -i after a noun', () => {
    expect(countriesOf('Un agent de sécurité qatari a été tué.')).toEqual(['QA']);
    expect(countriesOf('Les négociateurs omanis sont arrivés.')).toEqual(['OM']);
  });

  it('reads Central Asian and other demonyms the packages lack', () => {
    expect(countriesOf('Un diplomate ouzbek et un ministre tadjik ont signé.')).toEqual(['TJ', 'UZ']);
    expect(countriesOf('Le gouvernement malawite et un club hollandais.')).toEqual(['MW', 'NL']);
  });

  it('reads short country names and the current names of renamed capitals', () => {
    expect(countriesOf('La campagne s’est ouverte en Centrafrique.')).toEqual(['CF']);
    expect(countriesOf('Une manière pour Astana de ménager ses voisins.')).toEqual(['KZ']);
    expect(countriesOf('La junte siège à Naypyidaw.')).toEqual(['MM']);
  });

  it('reads a capital named like its country when written with "-ville"', () => {
    expect(countriesOf('À Djibouti-ville, sur l’avenue, les commerçants attendent.')).toEqual(['DJ']);
    expect(countriesOf('Les bureaux sont à Koweït-ville.')).toEqual(['KW']);
  });

  it('reads French towns the national press names alone, but not a namesake abroad', () => {
    expect(countriesOf('La maire d’Avignon a promis des subventions.')).toEqual(['FR']);
    expect(countriesOf('Le ministre est attendu à Saint-Denis, à La Réunion.')).toEqual(['RE']);
  });

  it('reads the seats of regions and capitals by their international names', () => {
    expect(countriesOf('Les frappes ont visé Kherson et Gdańsk a manifesté.')).toEqual(['PL', 'UA']);
    expect(countriesOf('Le président est rentré à Juba.')).toEqual(['SS']);
  });

  it('reads a large town whose first word is an ordinary word', () => {
    expect(countriesOf('Des manifestations ont eu lieu à Bobo-Dioulasso et à Dire Dawa.')).toEqual(['BF', 'ET']);
  });

  it('reads the French spellings of towns in the news', () => {
    expect(countriesOf('Les combats ont repris à Gao, à Misrata et à Hodeïda.')).toEqual(['LY', 'ML', 'YE']);
  });

  it('does not read a town name several countries share or an English country name', () => {
    expect(countriesOf('Il est rentré à Santa Fe, puis à Cuenca.')).toEqual([]);
    expect(countriesOf('Batman et Armenia sont des titres.')).toEqual([]);
  });

  it('reads the largest towns of a small country', () => {
    expect(countriesOf('Le parti a raflé les sièges de Franceville.')).toEqual(['GA']);
    expect(countriesOf('Des manifestations à Moundou et à Koudougou.')).toEqual(['BF', 'TD']);
  });
});

describe('places inside the name of something else', () => {
  it('does not count the town of a cartel or the country of a national team', () => {
    expect(countriesOf('Pablo Escobar, chef du cartel de Medellín, est mort.')).toEqual([]);
    expect(countriesOf('Elle rêve de l’équipe de France féminine.')).toEqual([]);
    expect(countriesOf('Elle est née à Medellín.')).toEqual(['CO']);
  });

  it('does not count the country at the end of a university’s title', () => {
    expect(countriesOf('Elle enseigne à l’Université nationale de Singapour.')).toEqual([]);
    expect(countriesOf('Selon une politologue de l’Université pontificale catholique du Pérou, rien ne change.')).toEqual([]);
    expect(countriesOf('Elle enseigne dans une université de Singapour.')).toEqual(['SG']);
  });

  it('counts the country of its own parliament', () => {
    expect(countriesOf('L’Assemblée nationale de Djibouti a adopté la révision.')).toEqual(['DJ']);
    expect(countriesOf('L’Union des forces démocratiques de Guinée a protesté.')).toEqual([]);
  });

  it('does not count the town or country an institution is named after', () => {
    expect(countriesOf('Un étudiant de l’université de Lomé a été arrêté.')).toEqual([]);
    expect(countriesOf('Le Festival d’Avignon s’est achevé samedi.')).toEqual([]);
    expect(countriesOf('Les sénateurs siègent au palais du Luxembourg.')).toEqual([]);
    expect(countriesOf('Le porte-parole du Bureau des affaires de Taïwan a parlé.')).toEqual([]);
    expect(countriesOf('Un étudiant de Lomé a été arrêté.')).toEqual(['TG']);
  });
});
