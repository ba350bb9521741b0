/** Hand-kept word lists for finding persons. Keys are folded (see `foldText`). */
import type { TagToken } from './tag-tokens';

/** Lower-case links inside a name ("Ursula von der Leyen", "Lula da Silva", "Giscard d’Estaing"). */
export const NAME_PARTICLES = new Set([
  'de', 'du', 'des', "d'", 'von', 'van', 'der', 'den', 'ter', 'ten', 'ben', 'bin', 'ibn', 'bent', 'al', 'el',
  'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'ould', 'ag', 'abou', 'abu', 'y', 'bint', 'wuld', 'dela', 'mint',
  // Malay and Indonesian patronymics ("Siti Rahmawati binti Abdullah"), written in lower case.
  'binti', 'binte', 'ibnu',
]);

/** Arabic and Berber patronymic links: what follows belongs to the same name ("Tamim ben Hamad Al Thani"). */
export const PATRONYMIC_PARTICLES = new Set(['ben', 'bin', 'ibn', 'bent', 'bint', 'ould', 'ag', 'wuld', 'binti', 'binte', 'ibnu']);

/**
 * Central Asian and Turkic patronymic words written after the father's name ("Nurlan Bakyt uulu",
 * "Aïgul Toktosun kyzy", "Ilham Heydar oglu"): they close the name.
 */
export const TRAILING_PATRONYMICS = new Set(['uulu', 'kyzy', 'ogly', 'oglu', 'uly', 'uli', 'kyzi', 'qizi', 'kizi', 'ugli']);

/** Honorifics that are also given names when capitalised inside a name ("Cheikh Tidiane Gadio", "Moulay Hafid"). */
export const GIVEN_NAME_HONORIFICS = new Set(['cheikh', 'cheick', 'moulay', 'serigne', 'sidi', 'mame', 'el-hadj', 'elhadj', 'hadj']);

/** "Tamim ben Hamad al-Thani", "Moqtada al-Sadr": the Arabic article in lower case glued to a capitalised noun. */
export const GLUED_ARTICLE = /^(?:al|el)-\p{Lu}/u;

/** "Ching-te", "Suk-yeol", "Wai-ho": an East Asian given name of two syllables, the second in lower case. */
export const EAST_ASIAN_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** Arabic and Berber links, written capitalised inside a canonical name ("Kamel Ben Salah"). */
export const ARABIC_PARTICLES = new Set(['ben', 'bin', 'ibn', 'bent', 'bint', 'ould', 'wuld', 'mint', 'ag', 'al', 'el', 'abou', 'abu']);

/** Honorifics as written; those in the second list need their period ("M. Petit", not "-m Mode"). */
const HONORIFIC_FORMS = new Set(['Mme', 'Mmes', 'Mlle', 'Mlles', 'Monsieur', 'Madame']);
const ABBREVIATED_HONORIFICS = new Set(['M', 'MM', 'Dr', 'Pr', 'Me']);

/** Whatever capitalised word follows an honorific is a surname. */
export function isHonorific(token: TagToken | undefined): boolean {
  if (!token) return false;
  return HONORIFIC_FORMS.has(token.text) || (token.abbreviated && ABBREVIATED_HONORIFICS.has(token.text));
}

/** Functions before a name that announce a person ("le président Macron"), written in lower case. */
export const PERSON_TITLES = new Set([
  'president', 'presidente',
  'ministre', 'premier', 'roi', 'reine', 'prince', 'princesse', 'pape', 'emir', 'cheikh', 'sultan', 'general',
  'generale', 'colonel', 'marechal', 'chancelier', 'chanceliere', 'senateur', 'senatrice', 'depute', 'deputee',
  'maire', 'juge', 'imam', 'rabbin', 'ayatollah', 'patriarche', 'cardinal', 'mgr', 'monseigneur', 'sir', 'lord',
  'commissaire', 'secretaire', 'directeur', 'directrice', 'ambassadeur', 'ambassadrice', 'porte-parole', 'chef',
  'leader', 'dirigeant', 'dirigeante', 'opposant', 'opposante', 'avocat', 'avocate', 'procureur', 'capitaine',
  'entraineur', 'selectionneur', 'attaquant', 'ecrivain', 'ecrivaine', 'auteur', 'autrice', 'journaliste',
  'homologue', 'successeur', 'predecesseur', 'candidat', 'candidate', 'delegue', 'deleguee',
  'empereur', 'imperatrice', 'tsar', 'tsarine', 'duc', 'duchesse', 'archiduc', 'archiduchesse', 'infante', 'pharaon',
]);

/** Occupations that announce a name of any origin ("le réalisateur Hirokazu Kore-eda"). */
export const OCCUPATIONS = new Set([
  'realisateur', 'realisatrice', 'cineaste', 'acteur', 'actrice', 'chanteur', 'chanteuse', 'romancier',
  'romanciere', 'photographe', 'artiste', 'peintre', 'sculpteur', 'architecte', 'economiste', 'historien',
  'historienne', 'sociologue', 'politologue', 'chercheur', 'chercheuse', 'professeur', 'professeure', 'medecin',
  'climatologue', 'syndicaliste', 'militant', 'militante', 'joueur', 'joueuse', 'athlete', 'champion',
  'championne', 'coureur', 'boxeur', 'nageur', 'nageuse', 'pilote', 'producteur', 'productrice', 'patron',
  'patronne', 'pdg', 'fondateur', 'fondatrice', 'philosophe', 'poete', 'musicien', 'musicienne', 'dramaturge',
  'scenariste', 'magistrat', 'recteur', 'rectrice', 'prefet', 'prefete', 'gouverneur', 'eveque', 'ecrivain',
  'ecrivaine', 'auteur', 'autrice', 'journaliste', 'avocat', 'avocate', 'opposant', 'opposante', 'entraineur',
  'selectionneur', 'attaquant', 'milieu', 'defenseur', 'gardien', 'footballeur', 'tennisman', 'tenniswoman',
  'cycliste', 'rappeur', 'rappeuse', 'styliste', 'comedien', 'comedienne', 'humoriste', 'dessinateur', 'dictateur',
  // Team-mates are named by one word as often as by two ("son coéquipier portugais Vitinha").
  'coequipier', 'coequipiere', 'equipier', 'equipiere', 'ailier', 'buteur', 'compatriote',
  // Religious figures, stage trades and the ordinary people reporters quote ("le dignitaire chiite
  // Moqtada al-Sadr", "la chorégraphe X", "Y, commerçante de 41 ans").
  'dignitaire', 'religieux', 'predicateur', 'predicatrice', 'mollah', 'pasteur', 'metteur', 'metteuse', 'choregraphe',
  'danseur', 'danseuse', 'compositeur', 'compositrice', 'chroniqueur', 'chroniqueuse', 'editorialiste', 'animateur',
  'animatrice', 'presentateur', 'presentatrice', 'juriste', 'constitutionnaliste', 'diplomate', 'activiste',
  'blogueur', 'blogueuse', 'etudiant', 'etudiante', 'enseignant', 'enseignante', 'infirmier', 'infirmiere',
  'commercant', 'commercante', 'agriculteur', 'agricultrice', 'eleveur', 'eleveuse', 'pecheur', 'ouvrier', 'ouvriere',
  'retraite', 'retraitee', 'benevole', 'chauffeur', 'vendeur', 'vendeuse', 'pompier', 'policier', 'policiere',
  'soldat', 'gendarme', 'officier', 'commandant', 'lieutenant', 'sergent', 'paysan', 'paysanne', 'cultivateur',
  'cultivatrice', 'artisan', 'mecanicien', 'boulanger', 'cuisinier', 'cuisiniere', 'coiffeur',
  'coiffeuse', 'couturiere', 'instituteur', 'institutrice', 'fonctionnaire', 'employe', 'employee', 'salarie',
  'salariee', 'manifestant', 'manifestante', 'habitant', 'habitante', 'riverain', 'riveraine', 'electeur', 'electrice',
  'notaire', 'comptable', 'informaticien', 'informaticienne', 'physicien', 'physicienne', 'chimiste', 'biologiste',
  'mathematicien', 'mathematicienne', 'geographe', 'anthropologue', 'demographe', 'psychologue', 'psychiatre',
  'chirurgien', 'chirurgienne', 'epidemiologiste', 'veterinaire', 'pharmacien', 'pharmacienne',
]);

/** First words of place names that the gazetteer does not hold ("Sidi Bouzid", "Abou Dhabi"). */
export const PLACE_NAME_STARTS = new Set([
  'sidi', 'abou', 'abu', 'ben', 'bab', 'beni', 'oued', 'djebel', 'jebel', 'ras', 'charm', 'sharm', 'wadi', 'kafr',
  'beit', 'umm', 'tel', 'port', 'mont', 'cap', 'fort', 'san', 'santa', 'los', 'las', 'saint', 'sainte', 'st', 'ste', 'new',
  'north', 'south', 'east', 'west', 'el', 'al', 'le', 'la', 'les', 'lac', 'val', 'bois', 'ile', 'iles',
]);

/** Titles that can stand before a single name ("le roi Salmane", "le pape François"). */
export const SOVEREIGN_TITLES = new Set([
  'roi', 'reine', 'pape', 'emir', 'sultan', 'prince', 'princesse', 'cheikh', 'empereur', 'imperatrice', 'tsar', 'tsarine',
  'duc', 'duchesse', 'archiduc', 'archiduchesse', 'infante', 'pharaon',
]);

/** Nouns before a surname that name a family, not one of its members ("la famille Bongo", "les Kennedy"). */
export const FAMILY_NOUNS = new Set(['famille', 'familles', 'clan', 'dynastie', 'les']);

/**
 * Nouns after which a name is an institution, a street or a building ("université Cheikh-Anta-Diop",
 * "lycée Victor-Hugo"). A mausoleum or a tomb still names its person.
 */
export const INSTITUTION_NOUNS = new Set([
  'universite', 'lycee', 'college', 'ecole', 'institut', 'fondation', 'centre', 'musee', 'hopital', 'clinique',
  'stade', 'aeroport', 'gare', 'station', 'rue', 'avenue', 'boulevard', 'place', 'quai', 'pont', 'allee',
  'square', 'parc', 'jardin', 'cours', 'impasse', 'chemin', 'route', 'porte', 'palais', 'salle', 'theatre',
  'bibliotheque', 'mediatheque', 'campus', 'amphitheatre', 'prix', 'promotion', 'chaire', 'fonds', 'hotel',
  'complexe', 'residence', 'cite', 'quartier', 'barrage', 'port', 'mosquee', 'eglise', 'basilique', 'cathedrale',
  'paroisse', 'navire', 'porte-avions', 'fregate', 'sous-marin', 'operation', 'plan', 'programme', 'trophee',
  'coupe', 'tournoi', 'club', 'lycees', 'universites', 'ecoles', 'rues', 'avenues', 'stades', 'boulevards',
  'autoroute', 'tunnel', 'corridor', 'medaille', 'bourse', 'hippodrome', 'arena', 'trophees', 'prix', 'memorial',
]);

/** Roman numerals of regnal names ("Mohammed V", "Hassan II", "Napoléon Ier"). */
export const REGNAL_NUMERAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3}|XIX|XX|Ier|Ire|1er|1re)$/;

/** Words that end a run of capitalised words in names of things ("Free Software Foundation"). */
export const ORGANISATION_WORDS = new Set([
  'foundation', 'university', 'universite', 'school', 'college', 'institute', 'institut', 'group', 'groupe', 'bank',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'systems', 'microsystems', 'technologies', 'technology',
  'airlines', 'airways', 'motors', 'times', 'post', 'watch', 'international', 'software', 'security', 'linux',
  'network', 'networks', 'media', 'news', 'press', 'records', 'studios', 'pictures', 'partners', 'capital',
  'holding', 'holdings', 'energy', 'petroleum', 'oil', 'club', 'fc', 'united', 'city', 'airport', 'center',
  'centre', 'council', 'party', 'parti', 'front', 'association', 'agency', 'office', 'project', 'labs', 'lab',
  // Armed groups and alliances named in English word order ("Africa Corps", "Rapid Support Forces").
  'corps', 'army', 'brigade', 'brigades', 'forces', 'guard', 'alliance', 'coalition', 'movement', 'league', 'militia',
  'academy', 'society', 'museum', 'orchestra',
]);

/** Short words that may open a surname ("Le Pen", "La Fontaine") but never end a name. */
export const NAME_FUNCTION_WORDS = new Set([
  'le', 'la', 'les', 'au', 'aux', 'de', 'du', 'des', 'un', 'une', 'ce', 'ces', 'en', 'et', 'a', 'sur', 'par',
]);

/** English words that never sit inside a person's name: they end a run ("Chet Ramey The…"). */
export const RUN_BREAKERS = new Set([
  'the', 'of', 'and', 'to', 'for', 'in', 'on', 'by', 'with', 'is', 'you',
  'il', 'ils', 'elle', 'elles', 'je', 'tu', 'nous', 'vous', 'ce', 'cela', 'ceci', 'qui', 'que', 'dont', 'ou',
]);

/** Words written in capitals that are never a name start, whatever the lists say. */
export const NEVER_NAMES = new Set([
  'selon', 'interroge', 'interrogee', 'apres', 'avant', 'depuis', 'pour', 'mais', 'chez', 'dans', 'sous', 'contre',
  'vers', 'parmi', 'malgre', 'sans', 'avec', 'entre', 'lors', 'pendant', 'durant', 'outre', 'hormis',
  // Regions after a title ("son directeur Afrique").
  'afrique', 'europe', 'asie', 'oceanie', 'amerique', 'ameriques', 'maghreb', 'moyen-orient', 'international', 'monde',
]);
