export const ENGINE_DOWN_MESSAGE =
  'Le moteur de recherche est indisponible pour le moment. Réessayez dans un instant.';

export function invalidParamsMessage(detail: string): string {
  return `Les paramètres de cette adresse ne sont pas valides (${detail}).`;
}

export const INDEX_MISSING_MESSAGE =
  'L’index de recherche n’a pas encore été construit. Lancez l’indexation, puis réessayez.';

export const INTERNAL_ERROR_MESSAGE = 'Erreur interne du serveur.';

export const NETWORK_ERROR_MESSAGE =
  'Le serveur ne répond pas\u00a0: vérifiez votre connexion à Internet, puis réessayez.';

export function httpErrorMessage(status: number): string {
  return `Le serveur a répondu par une erreur (${status}). Réessayez dans un instant.`;
}

/** The heading of a failed search, naming the query it answers. */
export function failedSearchTitle(q: string): string {
  return q === '' ? 'La recherche n’a pas abouti.' : `La recherche «\u00a0${q}\u00a0» n’a pas abouti.`;
}
