export const ENGINE_DOWN_MESSAGE =
  'Le moteur de recherche est indisponible pour le moment. Réessayez dans un instant.';

export function invalidParamsMessage(detail: string): string {
  return `Les paramètres de cette adresse ne sont pas valides (${detail}).`;
}

export const INDEX_MISSING_MESSAGE =
  'L’index de recherche n’a pas encore été construit. Lancez l’indexation, puis réessayez.';

export const INTERNAL_ERROR_MESSAGE = 'Erreur interne du serveur.';

export const QUERY_TOO_EXPENSIVE_MESSAGE =
  'Cette recherche demande trop de travail au moteur. Raccourcissez-la ou simplifiez-la, puis réessayez.';
