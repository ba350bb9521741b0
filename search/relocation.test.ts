import { describe, expect, it } from 'vitest';
import { carryRedirects, relocateParagraphs, RELOCATION_THRESHOLD, shingles } from './relocation';

const ORIGINAL =
  'Le ministre de l’Économie a présenté mardi un plan de soutien aux exportateurs de dattes, doté de deux milliards de dinars.';
const CORRECTED =
  'Le ministre de l’Économie a présenté mercredi un plan de soutien aux exportateurs de dattes, doté de deux milliards de dinars.';
const OTHER = 'La météo annonce des pluies abondantes sur le nord du pays pendant tout le week-end prochain.';
const REWRITTEN = 'Un plan pour les exportateurs a été annoncé ; son montant reste inconnu selon plusieurs sources.';

describe('shingles', () => {
  it('are folded word bigrams; a single word is its own shingle', () => {
    expect(shingles('L’État, l’ÉTAT')).toEqual(new Set(['etat etat']));
    expect(shingles('Tebboune')).toEqual(new Set(['tebboune']));
  });
});

describe('relocateParagraphs', () => {
  it('leads an edited paragraph to its corrected version, not to an unrelated one', () => {
    const moves = relocateParagraphs([{ id: 'a-old', text: ORIGINAL }], [
      { id: 'a-other', text: OTHER },
      { id: 'a-new', text: CORRECTED },
    ]);
    expect(moves).toEqual(new Map([['a-old', 'a-new']]));
  });

  it('follows a paragraph that grew by a sentence, not one that was rewritten', () => {
    const grown = `${ORIGINAL} ${OTHER}`;
    expect(relocateParagraphs([{ id: 'x', text: ORIGINAL }], [{ id: 'y', text: grown }]).get('x')).toBe('y');
    expect(relocateParagraphs([{ id: 'x', text: ORIGINAL }], [{ id: 'y', text: REWRITTEN }]).get('x')).toBeNull();
  });

  it('keeps the threshold documented in the module', () => {
    expect(RELOCATION_THRESHOLD).toBe(0.5);
    // 4 bigrams shared of 7 in all (0.57) is close enough; 3 of 8 (0.375) is not.
    expect(relocateParagraphs([{ id: 'x', text: 'a b c d e f' }], [{ id: 'y', text: 'a b c d e g h' }]).get('x')).toBe('y');
    expect(relocateParagraphs([{ id: 'x', text: 'a b c d e f' }], [{ id: 'y', text: 'a b c d g h i' }]).get('x')).toBeNull();
  });
});

describe('carryRedirects', () => {
  const v1 = [{ id: 'a-1', text: ORIGINAL }, { id: 'a-2', text: OTHER }];
  const v2 = [{ id: 'a-3', text: CORRECTED }, { id: 'a-2', text: OTHER }];
  const v3Text = CORRECTED.replace('deux milliards', 'trois milliards');
  const v3 = [{ id: 'a-4', text: v3Text }, { id: 'a-2', text: OTHER }];

  it('records each id that disappears, with its closest paragraph', () => {
    expect(carryRedirects(v1, new Map(), v2)).toEqual(new Map([['a-1', 'a-3']]));
  });

  it('keeps a chain of edits working: an id redirected before follows its target’s next move', () => {
    const first = carryRedirects(v1, new Map(), v2);
    expect(carryRedirects(v2, first, v3)).toEqual(
      new Map([
        ['a-1', 'a-4'],
        ['a-3', 'a-4'],
      ]),
    );
  });

  it('drops a redirect whose id is live again, and points to the article top when nothing is close', () => {
    const first = carryRedirects(v1, new Map(), v2);
    expect(carryRedirects(v2, first, v1)).toEqual(new Map([['a-3', 'a-1']]));
    const rewritten = [{ id: 'a-5', text: REWRITTEN }, { id: 'a-2', text: OTHER }];
    expect(carryRedirects(v2, first, rewritten)).toEqual(
      new Map([
        ['a-1', null],
        ['a-3', null],
      ]),
    );
  });
});
