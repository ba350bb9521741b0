import { describe, expect, it } from 'vitest';
import { createTagger } from './index';

const tagger = createTagger();
const personsOf = (...paragraphs: string[]) => tagger.tagArticle(paragraphs).map((t) => t.persons);

describe('person names beyond the first-name lists', () => {
  it('keeps initials with their period', () => {
    expect(personsOf('Le discours de John F. Kennedy reste célèbre.')).toEqual([['John F. Kennedy']]);
  });

  it('resolves a particle surname after a title', () => {
    expect(personsOf('Ursula von der Leyen est arrivée.', 'Mme von der Leyen a parlé.')).toEqual([
      ['Ursula von der Leyen'], ['Ursula von der Leyen'],
    ]);
  });

  it('resolves a titled particle surname to the name the article gives, not an organisation', () => {
    expect(personsOf('Charles de Gaulle a parlé.', 'Il cite le général de Gaulle.')).toEqual([
      ['Charles de Gaulle'], ['Charles de Gaulle'],
    ]);
    expect(personsOf('Le leader de Vox, Santiago Abascal, proteste.')).toEqual([['Santiago Abascal']]);
  });

  it('picks the person named in the same paragraph when two share a surname', () => {
    expect(personsOf('Luiz Inácio Lula da Silva ouvre le sommet.', 'Marina Silva le rejoint. Mme Silva parle.')).toEqual([
      ['Luiz Inácio Lula da Silva'], ['Marina Silva'],
    ]);
  });

  it('resolves a family name written first ("le président Xi")', () => {
    expect(personsOf('Xi Jinping recevra ses hôtes.', 'Le président Xi a parlé.')).toEqual([['Xi Jinping'], ['Xi Jinping']]);
  });

  it('accepts unknown names when the surname recurs alone in the article', () => {
    expect(personsOf('Tadej Pogacar a gagné le Tour.', '« Je suis heureux », a dit Pogacar.')).toEqual([
      ['Tadej Pogacar'], ['Tadej Pogacar'],
    ]);
    expect(personsOf('Les analystes de Goldman Sachs anticipent une récession.')).toEqual([[]]);
  });

  it('accepts unknown names announced by an occupation or a nationality', () => {
    expect(personsOf('Le réalisateur japonais Hirokazu Kore-eda présente son film.')).toEqual([['Hirokazu Kore-eda']]);
  });

  it('accepts a single name only right after an occupation', () => {
    expect(personsOf('Il chante avec le rappeur belge Damso.')).toEqual([['Damso']]);
    expect(personsOf('Il chante avec Damso.')).toEqual([[]]);
  });

  it('keeps surnames that are ordinary words after a first name', () => {
    expect(personsOf('Jean Moulin, arrêté en 1943, est mort en déportation.')).toEqual([['Jean Moulin']]);
  });

  it('rejects organisations and stray capitals', () => {
    expect(personsOf('La Free Software Foundation publie la licence.')).toEqual([[]]);
    expect(personsOf('-m Mode supervision. Au Burkina, rien.')).toEqual([[]]);
    expect(personsOf('Le canon pointe vers le nord. Il tire.')).toEqual([[]]);
  });
});

describe('places beyond the package lists', () => {
  it('finds cities written without their article or suffix', () => {
    expect(tagger.tagArticle(['Réunion au Caire puis à Francfort.'])[0]!.countries).toEqual(['DE', 'EG']);
  });

  it('finds short country names used in the press', () => {
    expect(tagger.tagArticle(['Au Burkina, la junte a parlé à la RDC.'])[0]!.countries).toEqual(['BF', 'CD']);
  });
});
