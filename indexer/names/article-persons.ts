import type { ParagraphInput } from '../../search/index';
import type { NameRegistry } from './name-registry';

/** Every person name of an article's paragraphs, unique, sorted: what the registry counts. */
export function personSpellingsOf(paragraphs: readonly ParagraphInput[]): string[] {
  return [...new Set(paragraphs.flatMap((p) => p.facets.persons))].sort();
}

/** The paragraphs with each person replaced by its corpus-wide spelling (sorted, unique, as facets are). */
export function withCanonicalPersons<P extends ParagraphInput>(paragraphs: readonly P[], registry: NameRegistry): P[] {
  return paragraphs.map((p) => {
    const persons = [...new Set(p.facets.persons.map(registry.canonicalName))].sort();
    return { ...p, facets: { ...p.facets, persons } };
  });
}
