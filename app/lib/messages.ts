import { quote } from './format';

export const ENGINE_DOWN_MESSAGE =
  'Le moteur de recherche est indisponible pour le moment. Réessayez dans un instant.';

/** `detail`: one or more sentences (or an engine's short phrase, made one). */
export function invalidParamsMessage(detail: string): string {
  const sentence = detail.charAt(0).toUpperCase() + detail.slice(1);
  return `Les paramètres de cette adresse ne sont pas valides. ${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`}`;
}

export const INDEX_MISSING_MESSAGE =
  'L’index de recherche n’a pas encore été construit. Lancez l’indexation, puis réessayez.';

export const INTERNAL_ERROR_MESSAGE = 'Erreur interne du serveur.';

export const QUERY_TOO_EXPENSIVE_MESSAGE =
  'Cette recherche demande trop de travail au moteur. Raccourcissez-la ou simplifiez-la, puis réessayez.';
export const NETWORK_ERROR_MESSAGE =
  'Le serveur ne répond pas\u00a0: vérifiez votre connexion à Internet, puis réessayez.';

export function httpErrorMessage(status: number): string {
  return `Le serveur a répondu par une erreur (${status}). Réessayez dans un instant.`;
}

/** The heading of a failed search, naming the query it answers. */
export function failedSearchTitle(q: string): string {
  return q === '' ? 'La recherche n’a pas abouti.' : `La recherche ${quote(q)} n’a pas abouti.`;
}
