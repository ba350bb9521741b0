import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const tagsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs);
const personsOf = (...paragraphs: string[]) => tagsOf(...paragraphs).map((t) => t.persons);
const countriesOf = (text: string) => tagsOf(text)[0]!.countries;

describe('persons in a slot with no verb', () => {
  it('reads a two-letter family name that spells a word after a role and a demonym', () => {
    expect(personsOf('Il a reçu le vice-ministre chinois Ma Qiaolin lundi.')).toEqual([['Ma Qiaolin']]);
    expect(personsOf('Le géologue chinois He Wenbo prépare une mission.')).toEqual([['He Wenbo']]);
  });

  it('reads "guide suprême" or "guide spirituel" as a leader’s title, not "guide" alone', () => {
    expect(personsOf('Le guide suprême Haibatullah Zarwani ne s’est pas exprimé.')).toEqual([['Haibatullah Zarwani']]);
    expect(personsOf('Le guide Baedeker a paru.')).toEqual([[]]);
  });

  it('reads "X Y, installé à …" and "X Y, guide touristique" as a person', () => {
    expect(personsOf('Selon la presse, Hamidou Zakaribé, installé à Niamey, a fui.')[0]).toContain('Hamidou Zakaribé');
    expect(personsOf('Sur la place, Bounleuang Sitthivong, guide touristique, attend.', '« Tout a changé », se réjouit Mme Bounleuang.'))
      .toEqual([['Bounleuang Sitthivong'], ['Bounleuang Sitthivong']]);
  });

  it('reads a name after a speech verb and where the speaker talks from', () => {
    expect(personsOf('« Rien n’a changé », raconte depuis Vilnius Yauheniya Karpovich-Drozd.')).toEqual([['Yauheniya Karpovich-Drozd']]);
  });

  it('reads a name picked with "dont" from people just named', () => {
    expect(personsOf('Il compose avec des alliés régionaux, dont Hemantha Kumaraswamy.')).toEqual([['Hemantha Kumaraswamy']]);
    expect(personsOf('Plusieurs pays, dont Sierra Leone, ont voté.')).toEqual([[]]);
  });

  it('reads one name after a likeness or a burial as a person, not an ordinary word', () => {
    expect(personsOf('Les visiteurs admirent le tombeau de Khéops.')).toEqual([['Khéops']]);
    expect(personsOf('Les visiteurs admirent la statue de Liberté.')).toEqual([[]]);
  });
});

describe('names by their shape', () => {
  it('reads an unknown given name and a double-barrelled surname of no words as a person', () => {
    expect(personsOf('Pour Yauheniya Karpovich-Drozd, tout a changé.')).toEqual([['Yauheniya Karpovich-Drozd']]);
    expect(personsOf('Pour Rhénanie Nord-Westphalie, tout a changé.')).toEqual([[]]);
  });
});

describe('name parts', () => {
  it('keeps an unknown given name before "dos", "da"', () => {
    expect(personsOf('Au marché, Nhima dos Reis Cabral vend du riz.')).toEqual([['Nhima dos Reis Cabral']]);
  });

  it('keeps a town that closes a name after a given name and a middle name, without its country', () => {
    expect(tagsOf('Le chef du parti, Joaquim Lemos Pereira, a protesté.')[0])
      .toEqual({ persons: ['Joaquim Lemos Pereira'], countries: [] });
  });
});

describe('places read as persons', () => {
  it('reads "St." + name as a place', () => {
    expect(personsOf('Les pluies ont noyé la paroisse de St. Catherine hier.')).toEqual([[]]);
  });

  it('reads the words after a place noun and "de" as a place', () => {
    expect(personsOf('Le feu a pris dans le district de Tai Wai hier.')).toEqual([[]]);
  });

  it('reads "À X Y," opening a sentence as a place unless it is a listed given name and a surname', () => {
    expect(personsOf('À Mae Lamai, côté birman, les réfugiés affluent.')).toEqual([[]]);
    expect(personsOf('À Emmanuel Macron, il a répondu par écrit.')).toEqual([['Emmanuel Macron']]);
  });

  it('reads an English landform plural as a place, not a surname', () => {
    expect(personsOf('Des secours tentent d’atteindre les villages des John Crow Mountains.')).toEqual([[]]);
  });
});

describe('later mentions', () => {
  it('ties a nickname given after "M. X" to X’s full name', () => {
    expect(personsOf(
      'Le candidat Rolando Ferreira Cruz mène.',
      'M. Cruz, surnommé « Chato el grande », promet des routes.',
      '« Chato ne tiendra pas », dit un électeur.',
    )).toEqual([['Rolando Ferreira Cruz'], ['Rolando Ferreira Cruz'], ['Rolando Ferreira Cruz']]);
  });

  it('ties a given name that is a country’s name to the person only beside another person', () => {
    const tags = tagsOf(
      'Face à Hilda Cortés, le libéral Salvador Medrano mène.',
      '« Cortés ou Salvador, rien ne change », dit-elle.',
      'Il a grandi au Salvador.',
    );
    expect(tags.map((t) => t.persons)).toEqual([['Hilda Cortés', 'Salvador Medrano'], ['Hilda Cortés', 'Salvador Medrano'], []]);
    expect(tags.map((t) => t.countries)).toEqual([[], [], ['SV']]);
  });
});

describe('countries inside other names', () => {
  it('drops the countries of a long party title, coordinated ones too', () => {
    expect(countriesOf('Le Parti africain pour la libération de la Guinée et du Sénégal (PALGS) proteste.')).toEqual([]);
    expect(countriesOf('Le Parti socialiste a gagné dans le nord de la France.')).toEqual(['FR']);
  });

  it('drops the town that opens a venue’s name', () => {
    expect(countriesOf('Le public de la Lisbonne Campo Arena chante.')).toEqual([]);
  });

  it('drops a town that the article places near a town of another country', () => {
    expect(countriesOf('Les épreuves ont lieu à Saint-Denis, au nord de Paris.')).toEqual(['FR']);
    expect(countriesOf('Il habite Saint-Denis, à La Réunion.')).toEqual(['RE']);
  });
});

describe('countries the tagger must keep', () => {
  it('keeps the country that owns a province, not a province named after a country', () => {
    expect(countriesOf('Le Hadramaout, la plus grande province du Yémen, manque d’eau.')).toEqual(['YE']);
    expect(countriesOf('Arlon est le chef-lieu de la province de Luxembourg.')).toEqual([]);
  });

  it('reads a lower-case nationality before a name as a country, a language otherwise', () => {
    expect(countriesOf('Seul l’australien Iluka exploite la mine.')).toEqual(['AU']);
    expect(countriesOf('Il a traduit le roman de l’allemand.')).toEqual([]);
  });
});
