/** Entries of the first-name lists that are function words, titles or noise. */
export const NOT_FIRST_NAMES = new Set([
  'le', 'la', 'les', 'de', 'du', 'des', 'un', 'une', 'en', 'au', 'aux', 'et', 'ou', 'sur', 'par', 'pour', 'dans',
  'avec', 'sans', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'mon', 'ma', 'il', 'elle', 'on', 'nous', 'vous',
  'ils', 'elles', 'ne', 'pas', 'plus', 'mais', 'donc', 'car', 'ni', 'si', 'que', 'qui', 'dont', 'ou', 'an', 'ah',
  'ha', 'bah', 'do', 'lu', 'lie', 'lies', 'ion', 'roi', 'reine', 'pape', 'prince', 'princesse', 'duc', 'duchesse',
  'comte', 'emir', 'cheikh', 'cheik', 'imam', 'lord', 'sir', 'saint', 'sainte', 'maitre', 'dame', 'general',
  'president', 'ministre', 'maison', 'selon', 'apres', 'avant', 'lors', 'depuis', 'chez', 'entre', 'vers',
  'mardi', 'lundi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars',
  'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'justice',
  'paris', 'france', 'washington', 'jordanie', 'chine', 'inde', 'mali', 'tchad', 'niger', 'islam',
  'christ', 'jesus', 'art', 'amour', 'espoir', 'gloire', 'destin', 'chance', 'bonheur', 'ville', 'etat', 'union',
  'great', 'big', 'new', 'los', 'las', 'san', 'santa', 'el', 'al', 'ben', 'van', 'von', 'der', 'den', 'di', 'da',
  'dos', 'del', 'bin', 'ibn', 'abu', 'abou', 'ould', 'sidi', 'tel', 'port', 'mont', 'cap', 'fort', 'long', 'grand',
  'petit', 'haut', 'bas', 'nord', 'sud', 'est', 'ouest', 'centre', 'place', 'rue',
  // Ordinary words and titles among the multilingual given-name lists.
  'monde', 'lieu', 'loi', 'lac', 'guru', 'yoga', 'anal', 'zizi', 'due', 'bang', 'hop', 'tue', 'hue', 'oba', 'cat',
  'som', 'ham', 'deb', 'tra', 'trac', 'titi', 'dodo', 'naval', 'morne', 'muni', 'chien', 'mien', 'lava', 'garda',
  'kawa', 'pardi', 'javas', 'esse', 'gemine', 'olim', 'panca', 'liman', 'tope', 'tari', 'yono', 'bac', 'ban', 'hoc',
  'hoi', 'moc', 'loc', 'tat', 'lap', 'nha', 'tho', 'kha', 'khe', 'boi', 'ige', 'ave',
]);

const FINITE_VERB_ENDINGS = /(ions|iez|aient|erai|eras|erons|erez|eront|erais|erait|erions|eriez|assent|asses|assions|assiez|ames|ates|erent|irent|issent|isses|issions|issiez|issons|issez|issais|issait|issaient|ons|ez)$/;

/** Nouns among the words ending in "-ât", "-ît", "-ût", which are otherwise imperfect subjunctives. */
const CIRCUMFLEX_T_NOUNS = new Set(['appât', 'bât', 'dégât', 'mât', 'goût', 'coût', 'août', 'moût', 'ragoût', 'dégoût',
  'surcoût', 'affût', 'fût', 'benoît', 'ci-gît']);

/**
 * Imperfect subjunctives ("virât", "aimât"): once folded they look like names ("Virat Kohli") and
 * nobody writes them in the news.
 */
export function isRareVerbForm(word: string): boolean {
  return /[âîû]t$/.test(word) && !CIRCUMFLEX_T_NOUNS.has(word);
}

/** Ordinary words kept in the shipped list: not finite verb forms, which never start a name. */
export function commonWordKeep(word: string): boolean {
  return word.length >= 2 && !FINITE_VERB_ENDINGS.test(word);
}
