import { describe, expect, it } from 'vitest';
import { buildNameRegistry, changedNameKeys } from './name-registry';
import { personNameKey } from './person-name-key';

const canonical = (articles: string[][], name: string) => buildNameRegistry(articles).canonicalName(name);

describe('buildNameRegistry: one spelling per person for the corpus', () => {
  it('chooses the spelling the most articles use, for every spelling of the person', () => {
    const articles = [['Kais Saied'], ['Kais Saied', 'Joe Biden'], ['Kaïs Saïed']];
    for (const spelling of ['Kais Saied', 'Kaïs Saïed', 'KAÏS SAÏED']) expect(canonical(articles, spelling)).toBe('Kais Saied');
    expect(canonical(articles, 'Joe Biden')).toBe('Joe Biden');
  });

  it('counts a spelling once per article', () => {
    const articles = [['Kais Saied', 'Kais Saied', 'Kais Saied'], ['Kaïs Saïed'], ['Kaïs Saïed']];
    expect(canonical(articles, 'Kais Saied')).toBe('Kaïs Saïed');
  });

  it('breaks a tie by the spelling with the most diacritics', () => {
    expect(canonical([['Kais Saied'], ['Kaïs Saïed'], ['Kaïs Saied']], 'Kais Saied')).toBe('Kaïs Saïed');
  });

  it('then by the longer spelling', () => {
    expect(canonical([['Abdel Fattah Sissi'], ['Abdel Fattah Al-Sissi']], 'Abdel Fattah Sissi')).toBe('Abdel Fattah Al-Sissi');
    expect(canonical([['J.R.R Tolkien'], ['J. R. R. Tolkien']], 'J.R.R Tolkien')).toBe('J. R. R. Tolkien');
  });

  it('counts a spelling written decomposed as the same spelling, and gives it composed', () => {
    const composed = 'Trevor Bača';
    expect(canonical([[composed.normalize('NFD')], [composed], ['Trevor Baca'], ['Trevor Baca']], 'Trevor Baca')).toBe(composed);
    expect(canonical([[composed.normalize('NFD')]], 'Trevor Baca')).toBe(composed);
  });

  it('then by code-unit order', () => {
    expect(canonical([['Abdel Fattah El-Sissi'], ['Abdel Fattah Al-Sissi']], 'Abdel Fattah El-Sissi')).toBe('Abdel Fattah Al-Sissi');
    expect(canonical([['Jean-Marie Le Pen'], ['Jean Marie Le Pen']], 'Jean-Marie Le Pen')).toBe('Jean Marie Le Pen');
  });

  it('depends on the corpus only, not on the order articles come in', () => {
    const articles = [['Mohammed ben Salmane'], ['Mohammed Bin Salmane'], ['Mohammed Ben Salmane'], ['Mohammed bin Salmane']];
    const chosen = buildNameRegistry(articles).chosen;
    expect(buildNameRegistry([...articles].reverse()).chosen).toEqual(chosen);
    expect(buildNameRegistry([articles[2]!, articles[0]!, articles[3]!, articles[1]!]).chosen).toEqual(chosen);
    expect(chosen.get(personNameKey('Mohammed bin Salmane'))).toBe('Mohammed Ben Salmane');
  });

  it('leaves a name the corpus does not know as it is', () => {
    expect(canonical([['Kaïs Saïed']], 'Benny Gantz')).toBe('Benny Gantz');
  });
});

describe('changedNameKeys', () => {
  it('lists the persons whose spelling changed, appeared or disappeared', () => {
    const before = buildNameRegistry([['Kais Saied'], ['Joe Biden'], ['Benny Gantz']]);
    const after = buildNameRegistry([['Kais Saied'], ['Kaïs Saïed'], ['Joe Biden'], ['Emmanuel Macron']]);
    expect([...changedNameKeys(before, after)].sort()).toEqual(['benny gantz', 'emmanuel macron', 'kais saied']);
  });
});
