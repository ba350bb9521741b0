import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const tagOne = (text: string) => tagger.tagArticle([text])[0]!;
const countriesOf = (text: string) => tagOne(text).countries;
const personsOf = (text: string) => tagOne(text).persons;

describe('countries', () => {
  it('finds names with or without accents', () => {
    expect(countriesOf('Le sommet réunit les Etats-Unis et le Maroc.')).toEqual(['MA', 'US']);
    expect(countriesOf('Le sommet réunit les États-Unis et la Côte d’Ivoire.')).toEqual(['CI', 'US']);
  });

  it('finds elided names with both apostrophes', () => {
    expect(countriesOf('Il revient d’Algérie et part pour l’Espagne.')).toEqual(['DZ', 'ES']);
    expect(countriesOf("Il revient d'Algérie et part pour l'Espagne.")).toEqual(['DZ', 'ES']);
  });

  it('finds demonyms in every gender and number', () => {
    for (const word of ['israélien', 'israélienne', 'israéliens', 'israéliennes']) {
      expect(countriesOf(`Un responsable ${word} a parlé.`)).toEqual(['IL']);
    }
    expect(countriesOf('Les autorités marocaines ont répondu aux Marocains.')).toEqual(['MA']);
  });

  it('finds capitals and large cities by their French names', () => {
    expect(countriesOf('Tension entre Alger et Rabat.')).toEqual(['DZ', 'MA']);
    expect(countriesOf('Le ministre est arrivé à Pékin puis à Washington.')).toEqual(['CN', 'US']);
    expect(countriesOf('Des pourparlers au Caire et à Tel-Aviv.')).toEqual(['EG', 'IL']);
  });

  it('reads a compound adjective as two countries', () => {
    expect(countriesOf('La frontière algéro-marocaine reste fermée.')).toEqual(['DZ', 'MA']);
    expect(countriesOf('Le couple franco-allemand et le conflit israélo-palestinien.')).toEqual(['DE', 'FR', 'IL', 'PS']);
  });

  it('ignores organisations named after places', () => {
    expect(countriesOf('Air France a annulé des vols, selon le Washington Post.')).toEqual([]);
    expect(countriesOf('Le Paris Saint-Germain a battu Lens.')).toEqual([]);
    expect(countriesOf('Selon Environnement Canada, il fera froid.')).toEqual([]);
  });

  it('does not read Colombia into Colombie-Britannique', () => {
    expect(countriesOf('Des feux ravagent la Colombie-Britannique.')).toEqual([]);
    expect(countriesOf('La Colombie a envoyé des secours.')).toEqual(['CO']);
  });

  it('needs a capital letter for a name: a meeting is not La Réunion', () => {
    expect(countriesOf('Une réunion a eu lieu hier.')).toEqual([]);
    expect(countriesOf('Le cyclone a touché La Réunion.')).toEqual(['RE']);
  });

  it('does not take a person called Jordan, Maurice or Dominique for a country', () => {
    expect(countriesOf('Jordan Bardella était présent, comme Maurice Papon jadis et Dominique Besnehard.')).toEqual([]);
    expect(countriesOf('Il a rencontré le roi de Jordanie, puis il est allé à Maurice.')).toEqual(['JO', 'MU']);
    expect(tagOne('Israël Katz a parlé ; Israël a répondu.')).toEqual({ persons: ['Israël Katz'], countries: ['IL'] });
    expect(tagOne('Israël Katz a parlé.')).toEqual({ persons: ['Israël Katz'], countries: [] });
  });

  it('does not read India into the Indian Ocean', () => {
    expect(countriesOf('Une dépression se forme dans l’océan Indien.')).toEqual([]);
    expect(countriesOf('Le gouvernement indien a réagi.')).toEqual(['IN']);
  });

  it('maps Français to France only, not its territories', () => {
    expect(countriesOf('Les Français votent dimanche.')).toEqual(['FR']);
  });
});

describe('persons', () => {
  it('resolves a later surname to the full name', () => {
    const [first, second] = tagger.tagArticle(['Benny Gantz est arrivé.', 'Gantz a ensuite parlé.']);
    expect(first!.persons).toEqual(['Benny Gantz']);
    expect(second!.persons).toEqual(['Benny Gantz']);
  });

  it('resolves a titled surname to the full name given in the article', () => {
    const tags = tagger.tagArticle(['M. Saïed a refusé.', 'Le président Kaïs Saïed a reçu la délégation.']);
    expect(tags.map((t) => t.persons)).toEqual([['Kaïs Saïed'], ['Kaïs Saïed']]);
  });

  it('keeps a titled surname alone when the article never gave the full name', () => {
    expect(personsOf('Selon M. Loudiyi, rien n’est décidé.')).toEqual(['Loudiyi']);
  });

  it('finds a regnal name that ends a sentence', () => {
    expect(personsOf('Il a prié au mausolée Mohammed V. Le roi est arrivé ensuite.')).toEqual(['Mohammed V']);
  });

  it('finds regnal names', () => {
    expect(personsOf('Il a déposé une gerbe au mausolée Mohammed V, près de la tombe de Hassan II.')).toEqual([
      'Hassan II', 'Mohammed V',
    ]);
  });

  it('keeps compound and particle names whole', () => {
    expect(personsOf('Jean-François Lavoie a rencontré Ursula von der Leyen et Kamel Ben Salah.')).toEqual([
      'Jean-François Lavoie', 'Kamel Ben Salah', 'Ursula von der Leyen',
    ]);
  });

  it('does not take institutions, streets and places for persons', () => {
    expect(personsOf('Les cours reprennent à l’université Cheikh-Anta-Diop et au lycée Victor-Hugo.')).toEqual([]);
    expect(personsOf('Une manifestation sur l’avenue Habib-Bourguiba, puis à Sidi Bouzid.')).toEqual([]);
  });

  it('does not take organisations or sentence-initial words for persons', () => {
    expect(personsOf('Selon la Maison Blanche, rien ne change.')).toEqual([]);
    expect(personsOf('Interrogé par France Télévisions, il a refusé de répondre.')).toEqual([]);
  });

  it('splits a demonym from the name that follows it', () => {
    expect(tagOne('Le Sénégalais Sadio Mané a marqué.')).toEqual({ persons: ['Sadio Mané'], countries: ['SN'] });
  });

  it('splits at "de" before a first name', () => {
    expect(personsOf('Les Bleus de Didier Deschamps ont gagné.')).toEqual(['Didier Deschamps']);
  });
});

describe('robustness', () => {
  it('tags any text without throwing, one result per paragraph', () => {
    const odd = [
      '', ' ', '…', 'de', 'Jean de', 'M.', 'M. de', 'Le roi', 'Benny Gantz de', 'Hassan II II II', '« »',
      'l’', "d'", 'Jean-', '-Jean', 'A. B. C.', 'Paris Saint-', '<b>Maroc</b> &amp; Israël', '\u0000\uFFFD',
      'É'.repeat(10_000), 'Mohammed\u00a0V et Kaïs\u202fSaïed',
    ];
    const tags = tagger.tagArticle(odd);
    expect(tags).toHaveLength(odd.length);
    expect(tags[17]).toEqual({ persons: [], countries: ['IL', 'MA'] });
    expect(tags[20]!.persons).toEqual(['Kaïs Saïed', 'Mohammed V']);
  });

  it('returns nothing for an empty article', () => {
    expect(tagger.tagArticle([])).toEqual([]);
  });
});
