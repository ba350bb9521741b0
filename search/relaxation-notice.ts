/**
 * What the user is told when a search fell back to part of the query (see
 * `SearchResult.relaxed`): never silently.
 */
export function relaxationNotice(effectiveQuery: string): string {
  return `Aucun paragraphe ne contient tous les mots ; résultats pour « ${effectiveQuery} »`;
}
