/** Head nouns that turn the capitalised words around them into something other than a person or a country. */

/**
 * Capitalised heads of alliances, movements, armed groups, prizes and doctrines: "Alliance des États
 * du Sahel", "Front Polisario", "Corps des gardiens de la révolution" are not persons even when a
 * word in them is a given name.
 */
export const NON_PERSON_HEADS = new Set([
  'alliance', 'coalition', 'front', 'mouvement', 'corps', 'armee', 'brigade', 'brigades', 'fondation', 'institut',
  'prix', 'plan', 'doctrine', 'conseil', 'union', 'parti', 'ligue', 'forces', 'force', 'comite', 'assemblee',
  'commission', 'congres', 'rassemblement', 'convention', 'federation', 'confederation', 'organisation', 'agence',
  'compagnie', 'groupe', 'societe', 'banque', 'fonds', 'office', 'bataillon', 'legion', 'milice', 'garde', 'jeunesse',
  'association', 'collectif', 'syndicat', 'cour', 'tribunal', 'haute', 'declaration', 'accord', 'accords', 'traite',
  'pacte', 'charte', 'loi', 'operation', 'festival', 'biennale', 'salon', 'sommet', 'initiative', 'projet', 'programme',
  'mission', 'bureau', 'hopital', 'ordre', 'academie', 'observatoire', 'centre', 'cercle', 'club', 'etats', 'republique',
  'royaume', 'emirat', 'sultanat', 'califat', 'hezbollah', 'hamas', 'ansar', 'jamaat', 'katiba', 'boko',
  // "Université nationale de Singapour", "École polytechnique de Lausanne": a school's title holds its place.
  'universite', 'ecole', 'college', 'lycee', 'musee',
]);

/**
 * Geographic features and subdivisions named after a country that are not that country: "delta du
 * Niger" (in Nigeria), "golfe de Guinée", "bassin du Congo", "province de Luxembourg" (in Belgium).
 */
export const GEOGRAPHIC_HEADS = new Set([
  'delta', 'bassin', 'golfe', 'fleuve', 'riviere', 'mer', 'lac', 'detroit', 'canal', 'province', 'region', 'plateau',
  'massif', 'desert', 'peninsule', 'archipel', 'vallee', 'boucle',
]);

/** Words that open a sports club's name; a city after them is the club ("Wydad Casablanca", "TP Mazembe"). */
export const CLUB_WORDS = new Set([
  'wydad', 'raja', 'esperance', 'olympique', 'sporting', 'racing', 'real', 'inter', 'dynamo', 'spartak', 'tp', 'as',
  'fc', 'ac', 'us', 'js', 'jsk', 'mc', 'cr', 'usm', 'asec', 'africa', 'stade', 'al-ahly', 'ahly', 'zamalek', 'hearts',
  'enyimba', 'kaizer', 'orlando', 'mamelodi', 'simba', 'young', 'horoya', 'canon', 'coton', 'etoile', 'club',
  // European and Latin American clubs ("Borussia Dortmund", "Atlético Madrid").
  'borussia', 'eintracht', 'werder', 'hertha', 'fortuna', 'atletico', 'athletic', 'deportivo', 'lokomotiv', 'zenit',
  'partizan', 'slavia', 'sparta', 'legia',
]);
