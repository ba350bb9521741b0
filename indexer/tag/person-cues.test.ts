import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const personsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs).map((t) => t.persons);

describe('names no list knows, in a person’s slot', () => {
  it('takes a name after a speech verb or "selon"', () => {
    expect(personsOf('« Nous resterons », a déclaré Kwabena Asante Boateng.')).toEqual([['Kwabena Asante Boateng']]);
    expect(personsOf('Selon Akosua Serwaa Darko, rien n’est joué.')).toEqual([['Akosua Serwaa Darko']]);
  });

  it('takes a name before a role apposition or a speech verb', () => {
    expect(personsOf('Kojo Mensah Ofori, porte-parole du parti, a confirmé.')).toEqual([['Kojo Mensah Ofori']]);
    expect(personsOf('Tsegaye Worku Bekele a affirmé que tout allait bien.')).toEqual([['Tsegaye Worku Bekele']]);
  });

  it('takes a name after a role phrase, a relation or "emmenée par"', () => {
    expect(personsOf('Le ministre des Sports, Mansukh Mandaviya, a annoncé une prime.')).toEqual([['Mansukh Mandaviya']]);
    expect(personsOf('Il a écrit à sa sœur Aleema Khan.')).toEqual([['Aleema Khan']]);
    expect(personsOf('L’opposition, emmenée par Megawati Sukarnoputri, proteste.')).toEqual([['Megawati Sukarnoputri']]);
    expect(personsOf('Son mentor, Semegnew Bekele, ancien directeur du projet, est mort.')).toEqual([['Semegnew Bekele']]);
  });

  it('takes a name after a relation, with or without "de"', () => {
    expect(personsOf('Hun Manet, le fils de Hun Sen, gouverne.')).toEqual([['Hun Manet', 'Hun Sen']]);
    expect(personsOf('Son confrère Guezouma Sanogo a disparu.')).toEqual([['Guezouma Sanogo']]);
  });

  it('keeps a capital elision inside a name', () => {
    expect(personsOf('Le planteur Yao Kouamé N’Guessan-Brou a parlé.')).toEqual([['Yao Kouamé N’Guessan-Brou']]);
  });

  it('takes the items of a list of persons', () => {
    expect(personsOf('Le prix va à Susumu Kitagawa, Richard Robson et Omar Yaghi.')).toEqual([
      ['Omar Yaghi', 'Richard Robson', 'Susumu Kitagawa'],
    ]);
  });

  it('takes a single name after a nationality used as a noun', () => {
    expect(personsOf('Le Brésilien Lula garde le silence.')).toEqual([['Lula']]);
    expect(personsOf('Le gouvernement brésilien garde le silence.')).toEqual([[]]);
  });

  it('takes initials before a surname as a name', () => {
    expect(personsOf('Elle cite J.M.G. Le Clézio dans son discours.')).toEqual([['J. M. G. Le Clézio']]);
  });

  it('keeps a short accented family name before the given names', () => {
    expect(personsOf('Son bras droit, Lê Quang Khoa, pilote le projet.')).toEqual([['Lê Quang Khoa']]);
  });

  it('does not take a preposition or a party label for a given name', () => {
    expect(personsOf('Chez Gallimard, on se félicite.')).toEqual([[]]);
    expect(personsOf('Le député Horizons Thibault Martin a voté.')).toEqual([['Thibault Martin']]);
  });

  it('keeps unknown given names before a known one', () => {
    expect(personsOf('Le président Bola Ahmed Tinubu a parlé.')).toEqual([['Bola Ahmed Tinubu']]);
  });

  it('still ignores unknown capitalised pairs with no cue', () => {
    expect(personsOf('Les analystes de Goldman Sachs anticipent une récession.')).toEqual([[]]);
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

describe('more person slots', () => {
  it('takes a name before an apposition that gives an age', () => {
    expect(personsOf('À Erbil, Dler Hawre Mirani, supportrice assidue de 41 ans, hausse les épaules.')).toEqual([['Dler Hawre Mirani']]);
    expect(personsOf('À Erbil, Dler Hawre Mirani, supportrice assidue, hausse les épaules.')).toEqual([[]]);
  });

  it('takes a name before an apposition that names an ordinary occupation', () => {
    expect(personsOf('Dans un marché, Goh Siew Mei, retraitée, s’inquiète.')).toEqual([['Goh Siew Mei']]);
  });

  it('takes a name before an apposition that opens with a life-story participle', () => {
    expect(personsOf('Le soulèvement avait chassé Gotabaya Rajapaksa, réfugié un temps à Singapour.')).toEqual([['Gotabaya Rajapaksa']]);
  });

  it('takes a name after an occupation and the words that qualify it', () => {
    expect(personsOf('Cinq opposants, dont le chanteur d’opéra Paata Bourtchouladze, ont été arrêtés.')).toEqual([['Paata Bourtchouladze']]);
    expect(personsOf('Le dignitaire chiite Moqtada al-Sadr avait appelé au boycott.')).toEqual([['Moqtada Al-Sadr']]);
  });

  it('takes a name after what a person holds or leads and "de"', () => {
    expect(personsOf('Les manifestations contre le pouvoir de Faure Gnassingbé continuent.')).toEqual([['Faure Gnassingbé']]);
    expect(personsOf('Le Parti des travailleurs de Pritam Singh conserve ses sièges.')).toEqual([['Pritam Singh']]);
  });

  it('takes a short family name and a hyphenated given name for an East Asian name', () => {
    expect(personsOf('Le pompier Ho Wai-ho est mort en tentant d’évacuer les étages.')).toEqual([['Ho Wai-ho']]);
    expect(personsOf('Le scrutin a été remporté par Lai Ching-te dimanche.')).toEqual([['Lai Ching-te']]);
  });

  it('reads a noun after an occupation and a bare "de" as a trade, not a street', () => {
    expect(personsOf('À El Alto, la vendeuse de rue Wilma Choque Mamani-Quispe attend.')).toEqual([['Wilma Choque Mamani-Quispe']]);
    expect(personsOf('Ils ont défilé rue Wilma Choque.')).toEqual([[]]);
  });
});

describe('verbs whose object is a person', () => {
  it('takes a name after "remplacé", "limogé" or "succède à"', () => {
    expect(personsOf('Il avait lui-même remplacé Fumio Kishida un an plus tôt.')).toEqual([['Fumio Kishida']]);
    expect(personsOf('Le chef de l’État a limogé Tchiroma Bakary Mfoumou.')).toEqual([['Tchiroma Bakary Mfoumou']]);
    expect(personsOf('Elle succède à Ngozi Adaeze Obi à la tête du parti.')).toEqual([['Ngozi Adaeze Obi']]);
  });
});
