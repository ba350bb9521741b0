import { LIMITS } from '../limits';
import { describe, expect, it } from 'vitest';
import {
  FRENCH_STOP_WORDS,
  foldWord,
  createQueryMatcher,
  parseQuery,
  highlightText,
  highlightWithSnippet,
  SNIPPET_WORDS,
  markEach,
  matchesWithTypos,
  maxTypos,
  relaxQuery,
  foldText,
  stem,
  tokenize,
  tokenizeCompounds,
  typoDistance,
} from './index';

describe('foldText', () => {
  it('folds case, accents, ligatures and apostrophes', () => {
    expect(foldText('États-Unis')).toBe('etats-unis');
    expect(foldText('L’Œuvre')).toBe("l'oeuvre");
    expect(foldText('Ex æquo')).toBe('ex aequo');
    expect(foldText('Défense')).toBe('defense');
    expect(foldText('Erdoğan Sánchez')).toBe('erdogan sanchez');
  });

  it('gives the same result for composed and decomposed input', () => {
    expect(foldText('e\u0301te\u0301')).toBe(foldText('été'));
  });

  it('lets a facet filter "saied" find "Kaïs Saïed" and "oeuvre" find "Œuvre"', () => {
    expect(foldText('Kaïs Saïed').includes(foldText('saied'))).toBe(true);
    expect(foldText('Œuvres complètes').includes(foldText('oeuvre'))).toBe(true);
  });

  it('keeps accents, ʼ and ligatures for paragraph ids, unifying quotes and spaces', () => {
    expect(foldText('  «\u00a0L’Œuvre\u00a0» lʼÉtat  ', { keepAccents: true, unifyPunctuation: true })).toBe(
      '" l\'œuvre " lʼétat',
    );
  });
});

describe('tokenize', () => {
  it('uses one elision list, presqu’ included, and reads ʼ as an apostrophe', () => {
    expect(tokenize('presqu’île lʼÉtat').map((t) => t.norm)).toEqual(['ile', 'etat']);
  });

  it('strips elisions with both apostrophes and keeps original offsets', () => {
    const text = "L’armée d'Irak jusqu’à lorsqu'il";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['armee', 'irak', 'a', 'il']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[0]?.text).toBe('armée');
  });

  it('splits hyphenated words into joined parts', () => {
    const tokens = tokenize('les garde-côtes des États-Unis');
    expect(tokens.map((t) => [t.norm, t.joined])).toEqual([
      ['les', false],
      ['garde', false],
      ['cotes', true],
      ['des', false],
      ['etats', false],
      ['unis', true],
    ]);
  });

  it('splits on a non-elision apostrophe without dropping the first part', () => {
    expect(tokenize('aujourd’hui').map((t) => t.norm)).toEqual(['aujourd', 'hui']);
  });

  it('keeps numbers and ignores punctuation', () => {
    expect(tokenize('« 2021 », (ONU) !').map((t) => t.norm)).toEqual(['2021', 'onu']);
  });

  it('stems each token', () => {
    expect(tokenize('armées nationales').map((t) => t.stem)).toEqual([stem('armee'), stem('national')]);
  });
});

describe('stem', () => {
  const same = (a: string, b: string) => expect(stem(foldText(a)), `${a} ~ ${b}`).toBe(stem(foldText(b)));
  const apart = (a: string, b: string) => expect(stem(foldText(a)), `${a} ≠ ${b}`).not.toBe(stem(foldText(b)));

  it('folds plurals and feminines onto the masculine singular', () => {
    for (const [a, b] of [
      ['armées', 'armée'], ['nationaux', 'national'], ['journaux', 'journal'], ['ministres', 'ministre'],
      ['marocaine', 'marocain'], ['marocaines', 'marocains'], ['nationale', 'national'], ['européenne', 'européen'],
      ['française', 'français'], ['première', 'premier'], ['présidente', 'président'], ['directrice', 'directeur'],
      ['chercheuses', 'chercheur'], ['officielles', 'officiel'], ['actives', 'actif'], ['allemande', 'allemand'],
      ['élections', 'élection'], ['négociations', 'négociation'], ['tunisiennes', 'tunisien'],
    ]) same(a!, b!);
  });

  it('keeps derivations and different words apart', () => {
    for (const [a, b] of [
      ['Alger', 'Algérie'], ['Tunis', 'Tunisie'], ['ministre', 'ministère'], ['retraite', 'retrait'],
      ['négociations', 'négocier'], ['élection', 'électricité'], ['port', 'portail'], ['gouvernement', 'gouverner'],
    ]) apart(a!, b!);
  });

  it('leaves short words and words with digits alone', () => {
    expect(stem('2021')).toBe('2021');
    expect(stem('g20s')).toBe('g20s');
    expect(stem('les')).toBe('les');
  });
});

describe('FRENCH_STOP_WORDS', () => {
  it('holds folded common words and not content words', () => {
    for (const w of ['le', 'la', 'les', 'de', 'des', 'et', 'a', 'ou']) expect(FRENCH_STOP_WORDS.has(w)).toBe(true);
    for (const w of ['armee', 'president', 'pays']) expect(FRENCH_STOP_WORDS.has(w)).toBe(false);
  });
});

describe('typos', () => {
  it('follows the Meilisearch length rule', () => {
    expect(maxTypos('paix')).toBe(0);
    expect(maxTypos('armee')).toBe(1);
    expect(maxTypos('presiden')).toBe(1);
    expect(maxTypos('president')).toBe(2);
  });

  it('counts a transposition as one typo and a first-letter typo as two', () => {
    expect(typoDistance('president', 'presdient')).toBe(1);
    expect(typoDistance('armee', 'arme')).toBe(1);
    expect(typoDistance('armee', 'rmee')).toBe(2);
    expect(typoDistance('president', 'bresident')).toBe(2);
    expect(typoDistance('cooperation', 'cooperatoin')).toBe(1);
    expect(typoDistance('abc', 'xyzxyz')).toBe(3);
  });

  it('matches within the allowed budget only', () => {
    expect(matchesWithTypos('armee', 'armez')).toBe(true);
    expect(matchesWithTypos('armee', 'rmee')).toBe(false);
    expect(matchesWithTypos('paix', 'poix')).toBe(false);
    expect(matchesWithTypos('president', 'bresident')).toBe(true);
    expect(matchesWithTypos('president', 'bresidant')).toBe(false);
    expect(matchesWithTypos('president', 'prseidnet')).toBe(true);
    expect(matchesWithTypos('president', 'prsdnt')).toBe(false);
  });
});

describe('highlightText', () => {
  it('marks matched tokens and escapes the rest, keeping accents and apostrophes', () => {
    const html = highlightText('L’armée <b>"x"</b> & l\'État', markEach((t) => t.norm === 'armee' || t.norm === 'etat'));
    expect(html).toBe('L’<mark>armée</mark> &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; l&#39;<mark>État</mark>');
  });

  it('marks each part of a hyphenated word', () => {
    expect(highlightText('garde-côtes', markEach(() => true))).toBe('<mark>garde</mark>-<mark>côtes</mark>');
  });

  it('returns the escaped text when nothing matches', () => {
    expect(highlightText('a < b', markEach(() => false))).toBe('a &lt; b');
  });
});

describe('highlightWithSnippet', () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `mot${from + i}`).join(' ');

  it('keeps a short paragraph whole', () => {
    const text = 'Le <port> de Tanger.';
    const { highlight, snippet } = highlightWithSnippet(text, markEach((t) => t.norm === 'port'));
    expect(snippet).toBe('Le &lt;<mark>port</mark>&gt; de Tanger.');
    expect(snippet).toBe(highlight);
  });

  it('crops a long paragraph to the region with the most matches, cut at spaces, with "…"', () => {
    const text = `${words(60)} l’armée & le port, ${words(60, 100)}`;
    const { highlight, snippet } = highlightWithSnippet(text, markEach((t) => t.norm === 'armee' || t.norm === 'port'));
    expect(highlight).toContain('l’<mark>armée</mark> &amp; le <mark>port</mark>,');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('l’<mark>armée</mark> &amp; le <mark>port</mark>,');
    const shown = snippet.replace(/<\/?mark>/g, '').replace(/&amp;/g, '&').slice(2, -2);
    expect(text).toContain(shown);
    expect(shown.split(' ').length).toBeLessThanOrEqual(SNIPPET_WORDS + 1);
  });

  it('starts at the beginning when nothing matches', () => {
    const { snippet } = highlightWithSnippet(words(100), markEach(() => false));
    expect(snippet).toBe(`${words(SNIPPET_WORDS)} …`);
  });
});

describe('parseQuery', () => {
  const norms = (words: { parts: { norm: string }[] }[]) => words.map((w) => w.parts.map((p) => p.norm));

  it('groups hyphenated parts, marks the last word as prefix and stop words optional', () => {
    const { words } = parseQuery("l'armée des garde-côtes coop");
    expect(norms(words)).toEqual([['armee'], ['des'], ['garde', 'cotes'], ['coop']]);
    expect(words.map((w) => w.optional)).toEqual([false, true, false, false]);
    expect(words.map((w) => w.prefix)).toEqual([false, false, false, true]);
    expect(words.map((w) => w.source)).toEqual(['armée', 'des', 'garde-côtes', 'coop']);
  });

  it('does not treat a word followed by a space as a prefix', () => {
    expect(parseQuery('coop ').words.at(-1)?.prefix).toBe(false);
  });

  it('keeps stop words required when the query has nothing else', () => {
    expect(parseQuery('les').words.map((w) => w.optional)).toEqual([false]);
  });

  it('reads a quoted phrase as one required term, stop words in place, folded, never a prefix', () => {
    for (const q of ['"Ministre des Armées"', '« ministre des armées »', '“ministre des armees”']) {
      const { words } = parseQuery(q);
      expect(norms(words), q).toEqual([['ministre', 'des', 'armees']]);
      expect(words[0]).toMatchObject({ phrase: true, optional: false, prefix: false });
    }
    const { words } = parseQuery('gaz "de l\'Espagne" nord');
    expect(norms(words)).toEqual([['gaz'], ['de', 'espagne'], ['nord']]);
    expect(words.map((w) => w.source)).toEqual(['gaz', '"de l\'Espagne"', 'nord']);
    expect(words.map((w) => w.prefix)).toEqual([false, false, true]);
  });

  it('reads an unbalanced quote leniently, as if it were not there', () => {
    for (const q of ['"défense', 'défense"', 'a "b" "défense']) {
      const { words, excluded } = parseQuery(q);
      expect(words.at(-1)?.parts.map((p) => p.norm), q).toEqual(['defense']);
      expect(words.at(-1)?.phrase).toBe(false);
      expect(excluded).toEqual([]);
    }
  });

  it('reads -word and -"a phrase" as exclusions, never a hyphen inside a word', () => {
    const parsed = parseQuery('gaz -Espagne -"mer du Nord" algéro-marocain Saint-Louis Jean-Noël');
    expect(norms(parsed.words)).toEqual([['gaz'], ['algero', 'marocain'], ['saint', 'louis'], ['jean', 'noel']]);
    expect(norms(parsed.excluded)).toEqual([['espagne'], ['mer', 'du', 'nord']]);
    expect(parsed.excluded.map((w) => w.phrase)).toEqual([false, true]);
    expect(norms(parseQuery('- gaz').words)).toEqual([['gaz']]);
    expect(parseQuery('-gaz').words).toEqual([]);
    expect(parseQuery('gaz -espagne').words[0]?.prefix).toBe(false);
  });

  it('survives hostile input', () => {
    const terms = (q: string) => {
      const { words, excluded } = parseQuery(q);
      return words.length + excluded.length;
    };
    expect(terms('"\u0000 NEAR( OR * ^ : \\" ' + 'x'.repeat(100_000))).toBeLessThanOrEqual(LIMITS.queryWords);
    expect(terms('""" ((( ***')).toBe(0);
    expect(terms('a b c d e f g h i j k l m')).toBe(LIMITS.queryWords);
    expect(terms('-a -b -c -d -e -f -g -h -i -j -k -l')).toBe(LIMITS.queryWords);
  });
});

describe('relaxQuery', () => {
  it('drops required words from the end and says which, keeping exclusions', () => {
    const { query, relaxation } = relaxQuery(parseQuery('Gantz le "Tokyo Tower" Rabat -Paris'), 1);
    expect(query.words.map((w) => w.source)).toEqual(['Gantz']);
    expect(relaxation).toEqual({ droppedWords: ['"Tokyo Tower"', 'Rabat'], effectiveQuery: 'Gantz -Paris' });
    expect(relaxQuery(parseQuery('Gantz Tokyo Rabat'), 2).relaxation.droppedWords).toEqual(['Rabat']);
  });
});

describe('createQueryMatcher', () => {
  it('marks exact, stem, prefix and typo matches but not optional stop words', () => {
    const match = createQueryMatcher(parseQuery('les armee presdient coop'));
    const html = highlightText('Les armées du président pour la coopération et l’armée', match);
    expect(html).toBe('Les <mark>armées</mark> du <mark>président</mark> pour la <mark>coopération</mark> et l’<mark>armée</mark>');
  });

  it('marks a phrase only where its words stand together, in order', () => {
    const match = createQueryMatcher(parseQuery('"ministre des armées"'));
    expect(highlightText('Le ministre des Armées et des armées du ministre.', match)).toBe(
      'Le <mark>ministre</mark> <mark>des</mark> <mark>Armées</mark> et des armées du ministre.',
    );
  });

  it('never marks an excluded word', () => {
    const match = createQueryMatcher(parseQuery('gaz -gazs'));
    expect(highlightText('Le gaz et les gazs.', match)).toBe('Le <mark>gaz</mark> et les gazs.');
  });
});

describe('foldWord', () => {
  it('agrees with foldText on words, keeping letters and digits only', () => {
    for (const w of ['États', 'Œuvre', 'Erdoğan', 'İstanbul', 'e\u0301te\u0301', 'Straße', 'ÆON', 'x²', '𝐀bc', 'Ångström', 'Łódź']) {
      expect(foldWord(w)).toBe(foldText(w).replace(/[^\p{L}\p{N}]/gu, ''));
    }
  });
});

describe('tokenize on unusual text', () => {
  it('handles astral letters, lone surrogates, combining marks and empty input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('𝐀bc d\uD800e').map((t) => t.text)).toEqual(['𝐀bc', 'd', 'e']);
    expect(tokenize('e\u0301te\u0301 x').map((t) => t.norm)).toEqual(['ete', 'x']);
    expect(tokenize('😀 a😀b').map((t) => t.text)).toEqual(['a', 'b']);
  });
});

describe('tokenizeCompounds', () => {
  it('keeps joined parts together and elisions as words of their own, with offsets', () => {
    const text = 'À Tel-Aviv, l’armée aujourd\'hui ; d\'Algérie.';
    const words = tokenizeCompounds(text);
    expect(words.map((w) => [w.text, w.elision])).toEqual([
      ['À', false], ['Tel-Aviv', false], ['l’', true], ['armée', false], ["aujourd'hui", false], ["d'", true],
      ['Algérie', false],
    ]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('cuts the same words as tokenize', () => {
    const text = 'Les garde-côtes de l’Union européenne, jusqu’à Saint-Jean-de-Luz.';
    const parts = tokenizeCompounds(text).filter((w) => !w.elision).flatMap((w) => w.text.split(/[-'’]/));
    expect(parts).toEqual(tokenize(text).map((t) => t.text));
  });
});
