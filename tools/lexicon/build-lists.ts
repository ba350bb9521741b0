/** Hand-kept additions and exclusions used by `build-data.ts` on top of the data packages. */

/** Names the packages lack or spell differently (research notes, French press usage). */
export const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  AE: ['Émirats'],
  BA: ['Bosnie'],
  BF: ['Burkina'],
  CD: ['RDC', 'RD Congo', 'Congo-Kinshasa', 'République démocratique du Congo'],
  CF: ['Centrafrique', 'RCA'],
  CG: ['Congo-Brazzaville'],
  CV: ['Cap-Vert'],
  CZ: ['République tchèque'],
  ES: ['Canaries', 'îles Canaries', 'Baléares', 'îles Baléares'],
  KG: ['Kirghizie'],
  MK: ['Macédoine'],
  PG: ['Papouasie'],
  GB: ['Grande-Bretagne', 'Angleterre', 'Écosse', 'Pays de Galles', 'Irlande du Nord'],
  KR: ['Corée du Sud'],
  KP: ['Corée du Nord'],
  MM: ['Myanmar'],
  MU: ['Maurice'],
  NL: ['Pays-Bas'],
  PS: ['Cisjordanie', 'Gaza', 'bande de Gaza', 'Territoires palestiniens'],
  RE: ['La Réunion'],
  SA: ['Arabie saoudite'],
  SZ: ['Eswatini'],
  TL: ['Timor-Leste'],
  TR: ['Türkiye'],
  US: ['Etats-Unis', 'USA', 'Amérique'],
  VA: ['Vatican', 'Saint-Siège'],
  VN: ['Vietnam', 'Viet Nam'],
  XK: ['Kosovo'],
};

/** French city spellings GeoNames' French list lacks, and current or former names of renamed cities (Astana, Rangoun). */
export const EXTRA_CITIES: Record<string, string[]> = {
  IL: ['Tel-Aviv', 'Tel Aviv', 'Tel-Aviv-Jaffa', 'Haïfa'],
  UA: ['Kiev', 'Kyiv', 'Kharkiv', 'Kharkov', 'Odessa'],
  IN: ['New Delhi', 'New-Delhi', 'Bombay'],
  PS: ['Ramallah', 'Jénine', 'Khan Younès', 'Rafah'],
  US: ['Washington', 'New York', 'Los Angeles', 'San Francisco', 'Chicago', 'Miami', 'Houston', 'Atlanta', 'Minneapolis'],
  GB: ['Manchester', 'Édimbourg'],
  PT: ['Porto'],
  AE: ['Abou Dhabi', 'Abu Dhabi', 'Dubaï'],
  CD: ['Goma', 'Lubumbashi'],
  ZA: ['Johannesburg', 'Durban', 'Pretoria'],
  MA: ['Marrakech', 'Fès', 'Tanger', 'Agadir', 'Oujda'],
  DZ: ['Oran', 'Constantine', 'Annaba', 'Tamanrasset'],
  TN: ['Sfax', 'Sousse'],
  CH: ['Genève', 'Lausanne', 'Berne'],
  KZ: ['Astana', 'Nour-Soultan', 'Almaty', 'Alma-Ata'],
  MM: ['Naypyidaw', 'Naypyitaw', 'Rangoun'],
  VN: ['Saïgon'],
  // Towns of the wars and crises French news covers, below the population floors or spelt the French way.
  ML: ['Gao', 'Tombouctou', 'Kidal', 'Ménaka'],
  LY: ['Misrata', 'Syrte', 'Derna'],
  IQ: ['Bassora', 'Falloujah', 'Kirkouk', 'Nadjaf', 'Kerbala'],
  SY: ['Idleb', 'Deraa', 'Raqqa', 'Lattaquié', 'Tartous'],
  YE: ['Hodeïda', 'Taëz', 'Marib', 'Moukalla'],
  LB: ['Tyr', 'Saïda', 'Baalbek'],
  ET: ['Mekele', 'Gondar'],
  SO: ['Hargeisa', 'Kismayo'],
  TZ: ['Zanzibar'],
  CM: ['Maroua', 'Buea', 'Buéa'],
  GA: ['Port-Gentil'],
  SN: ['Thiès'],
  TH: ['Phuket'],
  CN: ['Lhassa'],
  RU: ['Iekaterinbourg'],
  PL: ['Wroclaw', 'Gdansk'],
  RO: ['Cluj'],
  TR: ['Diyarbakir'],
  JO: ['Aqaba'],
  BO: ['El Alto'],
  NC: ['Nouméa'],
};

/**
 * Phrases that contain a place but name something else; matching them hides the place.
 * ("Air <country>" is generated for every country.)
 */
export const BLOCKED_PHRASES = [
  'Paris Saint-Germain', 'Paris SG', 'Paris FC', 'Washington Post', 'New York Times', 'Financial Times',
  'Jerusalem Post', 'Times of Israel', 'Times of India', 'France Télévisions', 'France Inter', 'France Info',
  'franceinfo', 'France Culture', 'France Bleu', 'France 2', 'France 3', 'France 5', 'France 24', 'Radio France',
  'France Travail', 'France Stratégie', 'Maroc Telecom', 'Royal Air Maroc', 'océan Indien', 'Indiens d’Amérique',
  'Real Madrid', 'Atlético Madrid', 'Bayern Munich', 'Inter Milan', 'AC Milan', 'Olympique de Marseille',
  'Olympique lyonnais', 'AS Monaco', 'Stade de Reims', 'Stade rennais', 'Manchester United', 'Manchester City',
  'New York Knicks', 'Gaz de France', 'Colombie-Britannique', 'Nouvelle-Angleterre', 'Nouveau-Mexique',
  'Quai d’Orsay', 'Cité du Vatican', 'Île-de-France', 'Nouvelle-Orléans', 'La Nouvelle-Orléans',
  'État de Géorgie', 'La France insoumise', 'France insoumise', 'Debout la France', 'France Télécom',
  'France Médias Monde', 'Team France', 'Business France', 'Atout France', 'Campus France', 'Nations unies', 'Amérique latine', 'Amérique du Sud', 'Amérique du Nord', 'Amérique centrale', 'Maison Blanche', 'Maison-Blanche',
];

/** Codes whose demonym is shared with dependencies: the sovereign state wins ("Français" → FR). */
export const DEMONYM_OWNER: Record<string, string> = {
  congolais: 'CD', congolaise: 'CD', congolaises: 'CD',
  dominicain: 'DO', dominicaine: 'DO', dominicains: 'DO', dominicaines: 'DO',
  coreen: 'KR', coreenne: 'KR', coreens: 'KR', coreennes: 'KR',
  guineen: 'GN', guineenne: 'GN', guineens: 'GN', guineennes: 'GN',
};

/** Odd forms in the packages ("Américan" for the Northern Mariana Islands matches English text). */
export const EXCLUDED_DEMONYMS = ['Américan', 'Américans'];

/** Demonyms the packages lack. */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['britannique', 'anglais', 'anglaise', 'écossais', 'écossaise', 'gallois', 'galloise'],
  US: ['américain', 'américaine', 'étasunien', 'étasunienne'],
  KR: ['coréen', 'coréenne', 'sud-coréen', 'sud-coréenne'],
  KP: ['nord-coréen', 'nord-coréenne'],
  NZ: ['néo-zélandais', 'néo-zélandaise'],
  AE: ['émirati', 'émiratie'],
  // Arabic-style forms the press uses beside "qatarien", "omanais", "bahreïnien", "koweïtien".
  QA: ['qatarien', 'qatarienne', 'qatari', 'qatarie'],
  OM: ['omanais', 'omanaise', 'omani', 'omanie'],
  BH: ['bahreïnien', 'bahreïnienne', 'bahreïni', 'bahreïnie'],
  KW: ['koweïtien', 'koweïtienne', 'koweïti', 'koweïtie'],
  CZ: ['tchèque'],
  PS: ['palestinien', 'palestinienne', 'gazaoui', 'gazaouie'],
  VN: ['vietnamien', 'vietnamienne', 'viêtnamien', 'viêtnamienne'],
  TW: ['taïwanais', 'taïwanaise'],
  XK: ['kosovar', 'kosovare'],
  SA: ['saoudien', 'saoudienne'],
  CD: ['congolais', 'congolaise'],
  CV: ['cap-verdien', 'cap-verdienne'],
  KE: ['kényan', 'kényane', 'kenyan', 'kenyane'],
  EH: ['sahraoui', 'sahraouie'],
  NL: ['néerlandais', 'néerlandaise', 'hollandais', 'hollandaise'],
  CR: ['costaricien', 'costaricienne', 'costaricain', 'costaricaine'],
  MK: ['macédonien', 'macédonienne', 'nord-macédonien', 'nord-macédonienne'],
  KG: ['kirghiz', 'kirghize', 'kirghizstanais', 'kirghizstanaise'],
  UZ: ['ouzbek', 'ouzbèke', 'ouzbékistanais', 'ouzbékistanaise'],
  TJ: ['tadjik', 'tadjike', 'tadjikistanais', 'tadjikistanaise'],
  MW: ['malawite', 'malawien', 'malawienne'],
  SZ: ['swazi', 'swazie', 'eswatinien', 'eswatinienne'],
};

/** Prefixes of compound adjectives ("algéro-marocain", "franco-allemand"). */
export const COMBINING_FORMS: Record<string, string> = {
  algero: 'DZ', maroco: 'MA', tuniso: 'TN', libyo: 'LY', egypto: 'EG', mauritano: 'MR', franco: 'FR',
  germano: 'DE', anglo: 'GB', britannico: 'GB', hispano: 'ES', luso: 'PT', italo: 'IT', helvetico: 'CH',
  austro: 'AT', belgo: 'BE', neerlando: 'NL', greco: 'GR', turco: 'TR', russo: 'RU', ukraino: 'UA',
  polono: 'PL', hungaro: 'HU', roumano: 'RO', bulgaro: 'BG', serbo: 'RS', croato: 'HR', tcheco: 'CZ',
  slovaco: 'SK', israelo: 'IL', palestino: 'PS', libano: 'LB', syro: 'SY', jordano: 'JO', irako: 'IQ',
  irano: 'IR', saoudo: 'SA', qataro: 'QA', emirato: 'AE', yemeno: 'YE', afghano: 'AF', pakistano: 'PK',
  indo: 'IN', sino: 'CN', nippo: 'JP', coreano: 'KR', americano: 'US', canado: 'CA', mexicano: 'MX',
  cubano: 'CU', venezuelo: 'VE', colombo: 'CO', bresilo: 'BR', argentino: 'AR', senegalo: 'SN',
  ivoiro: 'CI', camerouno: 'CM', rwando: 'RW', ougando: 'UG', ethiopo: 'ET', erythreo: 'ER',
  somalo: 'SO', soudano: 'SD', tchado: 'TD', malo: 'ML', armeno: 'AM', azerbaidjano: 'AZ', georgo: 'GE',
  bielorusso: 'BY', kazakho: 'KZ', australo: 'AU', sovieto: 'RU',
};

/** City names that are ordinary words or too ambiguous to mean a country. */
export const EXCLUDED_CITIES = ['Nice', 'Tours', 'Orange', 'Sens', 'Lens', 'Mans', 'Grasse', 'Victoria', 'Charlotte', 'Austin',
  'Mobile', 'Phoenix', 'Independence', 'Concord', 'Aurora', 'Irving', 'Garland', 'Laredo', 'Mesa', 'Split', 'Bath',
  'Reading', 'Deal', 'Male', 'Ville', 'Valence', 'Saint-Louis', 'Hamilton', 'Kingston', 'San José',
  'Córdoba', 'Cordoue', 'Santiago', 'Georgetown', 'Jackson', 'Lincoln', 'Madison', 'Nancy', 'London', 'Laval', 'Valencia',
  'León', 'Santos', 'Douglas', 'Stanley', 'Medina', 'Juarez', 'Juárez', 'Batman', 'Formosa', 'Santander', 'Rioja', 'La Rioja'];
