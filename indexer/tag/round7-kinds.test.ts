import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const tagsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs);
const personsOf = (...paragraphs: string[]) => tagsOf(...paragraphs).map((t) => t.persons);
const countriesOf = (text: string) => tagsOf(text)[0]!.countries;

describe('name parts the tagger keeps', () => {
  it('keeps a Central Asian patronymic word that closes the name, also after a title', () => {
    expect(personsOf('À Och, Aibek Tursun uulu a rouvert son échoppe.', '« Enfin la paix », dit M. Tursun uulu.'))
      .toEqual([['Aibek Tursun uulu'], ['Aibek Tursun uulu']]);
  });

  it('keeps the given name before "bint" or "ben" when only the father’s name is in the lists', () => {
    expect(personsOf('Dans la salle, Hessa bint Khalid al-Mansour applaudit.')).toEqual([['Hessa Bint Khalid Al-Mansour']]);
  });

  it('reads a patronymic link between unknown words as a person’s name', () => {
    expect(personsOf('Dans la salle, Hessa bint Mutlaq al-Harbi applaudit.')).toEqual([['Hessa Bint Mutlaq Al-Harbi']]);
  });

  it('keeps Portuguese particles and a town between them inside the name', () => {
    const [tags] = tagsOf('Au marché, Ana do Porto da Silva Reis vend son café.');
    expect(tags).toEqual({ persons: ['Ana do Porto da Silva Reis'], countries: [] });
  });

  it('keeps several initials after a given name', () => {
    expect(personsOf('Le Britannique Jimmy Carr et Marc T. J. figuraient à l’affiche.')).toEqual([['Jimmy Carr', 'Marc T. J.']]);
  });
});

describe('names no list knows, in a person’s slot', () => {
  it('reads "dirigée depuis avril par X Y" like "dirigée par X Y"', () => {
    expect(personsOf('La compagnie publique, dirigée depuis avril par Tunde Obiora-Adeyemi, n’a pas commenté.'))
      .toEqual([['Tunde Obiora-Adeyemi']]);
  });

  it('reads a title qualified by a few lower-case words', () => {
    expect(personsOf('Le président de gauche Tsogt Enkhbold-Damdin en avait fait une promesse.')).toEqual([['Tsogt Enkhbold-Damdin']]);
  });

  it('reads a name after a role and its institution ("président du Parlement X Y")', () => {
    expect(personsOf('Le nom de l’ancien président du Parlement Tsogt Enkhbold-Damdin circule.')).toEqual([['Tsogt Enkhbold-Damdin']]);
  });

  it('reads a full name after a role and its institution ("président de la République X Y")', () => {
    expect(personsOf('Le président de la République Emmanuel Macron a parlé.')).toEqual([['Emmanuel Macron']]);
  });

  it('reads a given name that is a town, in a person’s slot, as a person and not the country', () => {
    expect(tagsOf('« Il l’a dit cent fois », assure Washington Pereira-Lemos, un ancien guérillero.')[0])
      .toEqual({ persons: ['Washington Pereira-Lemos'], countries: [] });
  });
});

describe('companies named like persons', () => {
  it('drops a name followed by an apposition that makes it a company', () => {
    expect(tagsOf('Le contrat, signé avec Hugo Boss, une marque allemande, est rompu.')[0]).toEqual({ persons: [], countries: ['DE'] });
  });

  it('drops a name after an organisation noun and its adjectives', () => {
    expect(personsOf('Le groupe pharmaceutique Pierre Fabre a annoncé un plan.')).toEqual([[]]);
  });

  it('keeps a person whose apposition opens with a participle spelt like a noun', () => {
    expect(personsOf('Le gardien Gianluigi Donnarumma, parti à Manchester cet été, a reçu un trophée.')).toEqual([['Gianluigi Donnarumma']]);
  });
});

describe('countries inside other names', () => {
  it('does not read a country from a demonym closing a party’s title', () => {
    expect(countriesOf('Il dénonce une campagne au sein du Parti du peuple cambodgien.')).toEqual([]);
    expect(countriesOf('Son Parti démocratique maldivien s’est opposé au texte.')).toEqual([]);
  });

  it('still reads a country’s own congress', () => {
    expect(countriesOf('Plusieurs propositions dorment au Congrès argentin.')).toEqual(['AR']);
  });

  it('does not read a country from a national team named by its number of players', () => {
    expect(tagsOf('Ils doivent rejoindre le XV de France de Fabien Galthié.')[0]).toEqual({ persons: ['Fabien Galthié'], countries: [] });
  });

  it('does not read the country of the town a valley is named after', () => {
    expect(countriesOf('L’enclave se trouve dans la vallée de Ferghana.')).toEqual([]);
  });
});

describe('more person slots', () => {
  it('reads a name after more speech verbs, past or present', () => {
    expect(personsOf('« C’est fini », rétorque Gansukh Bold-Erdene.')).toEqual([['Gansukh Bold-Erdene']]);
    expect(personsOf('« Rien ne change », a nuancé Gansukh Bold-Erdene.')).toEqual([['Gansukh Bold-Erdene']]);
  });

  it('reads an apposition whose role follows an adjective, or names a witness or a member', () => {
    expect(personsOf('Au village, Ojore Kamau-Wekesa, un ancien guérillero, a reconstruit sa maison.')).toEqual([['Ojore Kamau-Wekesa']]);
    expect(personsOf('Au village, Ojore Kamau-Wekesa, membre du conseil local, a reconstruit sa maison.')).toEqual([['Ojore Kamau-Wekesa']]);
  });

  it('reads "d’après X Y" like "selon" and "a rencontré X Y" like "a nommé"', () => {
    expect(personsOf('D’après Gansukh Bold-Erdene, rien ne change.')).toEqual([['Gansukh Bold-Erdene']]);
    expect(personsOf('Le ministre a rencontré Gansukh Bold-Erdene mardi.')).toEqual([['Gansukh Bold-Erdene']]);
  });

  it('reads describing nouns only after the name', () => {
    expect(personsOf('Cliquez sur l’icône Galerie Fontwork pour l’ouvrir.')).toEqual([[]]);
  });

  it('counts "de" as a word of an unknown name, unlike patronymic links', () => {
    expect(personsOf('Voyez l’interface Add-in de LibreOffice Calc. Puis ouvrez LibreOffice Calc.')).toEqual([[]]);
  });

  it('reads the next item of a list after a full name', () => {
    expect(personsOf('Le Britannique Jimmy Carr et Gansukh Bold-Erdene figuraient à l’affiche.')).toEqual([['Gansukh Bold-Erdene', 'Jimmy Carr']]);
    expect(personsOf('Étaient là Jimmy Carr, Gansukh Bold-Erdene et Oyuun Tserendorj.'))
      .toEqual([['Gansukh Bold-Erdene', 'Jimmy Carr', 'Oyuun Tserendorj']]);
  });
});

describe('capitals left out as ambiguous', () => {
  it('reads one where the article names its country, and only there', () => {
    expect(tagsOf('Le président des Seychelles a parlé.', 'Le gouvernement, à Victoria, assure le contraire.').map((t) => t.countries))
      .toEqual([['SC'], ['SC']]);
    expect(countriesOf('Le gouvernement, à Victoria, assure le contraire.')).toEqual([]);
  });
});

describe('life events and clubs', () => {
  it('reads a name before a person’s life event', () => {
    expect(personsOf('À la surprise générale, Otieno Kamau-Wekesa a été élu dimanche.')).toEqual([['Otieno Kamau-Wekesa']]);
    expect(personsOf('Selon ses proches, Otieno Kamau-Wekesa est mort samedi.')).toEqual([['Otieno Kamau-Wekesa']]);
  });

  it('does not read a country from a club named after its city', () => {
    expect(countriesOf('Le Borussia Dortmund a gagné samedi.')).toEqual([]);
  });
});
